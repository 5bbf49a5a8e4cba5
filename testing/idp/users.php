<?php
/*
 * Test users for the loopback SAML test IdP (exampleauth:UserPass).
 * Key: 'username:password'. Value: attribute name => list of values (UTF-8).
 * Shared by both personalities (Entree Federatie and Basispoort). The pupils of school 1 also carry
 * nlEduPersonHomeOrganizationBranchId (BRIN6), the teacher only the BRIN4, so both mapping paths are used.
 * start-idp.sh copies this file into the IdP's config folder on every start;
 * point USERS_FILE at another file to use different users.
 */
return [
    // --- School 1: OBS De Regenboog, BRIN 12AB ---
    'docent1:welkom01' => [
        'uid' => ['docent1'],
        'givenName' => ['Anna'],
        'sn' => ['Jansen'],
        'cn' => ['Anna Jansen'],
        'mail' => ['a.jansen@regenboog.example.nl'],
        'eduPersonAffiliation' => ['employee'],
        'nlEduPersonHomeOrganizationId' => ['12AB'],
        'nlEduPersonHomeOrganization' => ['OBS De Regenboog'],
        'eckId' => ['https://ketenid.nl/201703/3f2a9c4e1b7d08a6e5c3f1a2b4d6e8f0a1c3e5f7092b4d6f8a0c2e4f6a8b0c2d'],
    ],
    'leerling1:welkom01' => [
        'uid' => ['leerling1'],
        'givenName' => ['Daan'],
        'sn' => ['van der Berg'],
        'cn' => ['Daan van der Berg'],
        'mail' => ['daan.vanderberg@leerling.regenboog.example.nl'],
        'eduPersonAffiliation' => ['student'],
        'nlEduPersonHomeOrganizationId' => ['12AB'],
        'nlEduPersonHomeOrganizationBranchId' => ['12AB00'],
        'nlEduPersonHomeOrganization' => ['OBS De Regenboog'],
        'eckId' => ['https://ketenid.nl/201703/9b1e7c3a5d2f4086b8e0a1c2d3e4f5061728394a5b6c7d8e9f0a1b2c3d4e5f60'],
    ],
    'leerling2:welkom01' => [
        'uid' => ['leerling2'],
        'givenName' => ['Zoë'],
        'sn' => ['Çelik'],
        'cn' => ['Zoë Çelik'],
        'mail' => ['zoe.celik@leerling.regenboog.example.nl'],
        'eduPersonAffiliation' => ['student'],
        'nlEduPersonHomeOrganizationId' => ['12AB'],
        'nlEduPersonHomeOrganizationBranchId' => ['12AB00'],
        'nlEduPersonHomeOrganization' => ['OBS De Regenboog'],
        'eckId' => ['https://ketenid.nl/201703/c47d2e8f19a3b5c60d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192'],
    ],
    // --- School 2: Het Baken College, BRIN 34CD ---
    'docent2:welkom01' => [
        'uid' => ['docent2'],
        'givenName' => ['Pieter'],
        'sn' => ['de Vries'],
        'cn' => ['Pieter de Vries'],
        'mail' => ['p.devries@hetbaken.example.nl'],
        'eduPersonAffiliation' => ['employee'],
        'nlEduPersonHomeOrganizationId' => ['34CD'],
        'nlEduPersonHomeOrganization' => ['Het Baken College'],
        'eckId' => ['https://ketenid.nl/201703/5e8a1d4b7c0f2936a4d7e0b3c6f9a2d5e8b1c4f7a0d3e6b9c2f5a8d1e4b7c0f3'],
    ],
    'leerling3:welkom01' => [
        'uid' => ['leerling3'],
        'givenName' => ['Sem'],
        'sn' => ['Bakker'],
        'cn' => ['Sem Bakker'],
        'mail' => ['sem.bakker@leerling.hetbaken.example.nl'],
        'eduPersonAffiliation' => ['student'],
        'nlEduPersonHomeOrganizationId' => ['34CD'],
        'nlEduPersonHomeOrganization' => ['Het Baken College'],
        'eckId' => ['https://ketenid.nl/201703/0d6b3f9e2a5c8174b0e3f6a9c2d5e8b1f4a7c0d3e6b9f2a5c8e1b4d7a0c3f6e9'],
    ],
];
