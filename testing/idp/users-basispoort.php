<?php
/*
 * Test users of the "basispoort" personality (exampleauth:UserPass), shaped like the default Basispoort
 * attribute mapping of providers/basispoort (docs/basispoort.md, "Tile login"): the Basispoort user id in
 * basispoortId, the school as instellingId + brincode + dependancecode, the role(s) in rol, names as
 * voornaam / voorvoegsel / achternaam, the ECK iD in eckId. The ids, names and ECK iDs are those of
 * DemoDirectory.sample(...) (the demo Basispoort REST service), so a test that synchronises the demo directory
 * first finds the account of each of these users. uid (= username) is only the NameID, deliberately different
 * from the Basispoort id.
 * Key: 'username:password'. start-idp.sh copies this file for the basispoort personality (BASISPOORT_USERS_FILE).
 */
$basispoortUser = function (string $uid, int $id, int $institution, string $brin, string $dependance, array $roles,
        string $first, ?string $infix, string $last, ?string $eckHex): array {
    $a = [
        'uid' => [$uid],
        'basispoortId' => [(string) $id],
        'instellingId' => [(string) $institution],
        'brincode' => [$brin],
        'dependancecode' => [$dependance],
        'rol' => $roles,
        'voornaam' => [$first],
        'achternaam' => [$last],
    ];
    if ($infix !== null) {
        $a['voorvoegsel'] = [$infix];
    }
    if ($eckHex !== null) {
        $a['eckId'] = ['https://ketenid.nl/201703/' . $eckHex];
    }
    return $a;
};

return [
    // --- OBS De Regenboog: institution 1001, BRIN 12AB + 00, toggle on ---
    'zoe.celik:welkom01' => $basispoortUser('zoe.celik', 1001501, 1001, '12AB', '00', ['Leerling'], 'Zoë', null, 'Çelik',
        'c11a01abb33f16ba903c6a84d8b5aecaa1838dc8ed550909'),
    'daan.vanderberg:welkom01' => $basispoortUser('daan.vanderberg', 1001502, 1001, '12AB', '00', ['Leerling'], 'Daan', 'van der', 'Berg',
        'ec71d0b7b26b866cd33c9c410bb65cd98abbd1d77bd887ce'),
    // no ECK iD (the school has not joined Nummervoorziening for her)
    'lotte.vanthoff:welkom01' => $basispoortUser('lotte.vanthoff', 1001505, 1001, '12AB', '00', ['Leerling'], 'Lotte', "van 't", 'Hoff', null),
    'ingrid.bakker:welkom01' => $basispoortUser('ingrid.bakker', 1001601, 1001, '12AB', '00', ['Leerkracht'], 'Ingrid', null, 'Bakker',
        '9340805e1aa7325e168256720167e4451274a92445773ee6'),
    'joris.dejong:welkom01' => $basispoortUser('joris.dejong', 1001602, 1001, '12AB', '00', ['Leerkracht', 'ICTCoordinator'], 'Joris', 'de', 'Jong',
        'a7db7ae49afafebdb82c312ac080f84c0b6ca5d740468350'),
    // trainee whose end date has passed: the sync leaves her out
    'anouk.visser:welkom01' => $basispoortUser('anouk.visser', 1001605, 1001, '12AB', '00', ['Stagiair'], 'Anouk', null, 'Visser',
        'c2ac8371a584498b8ab5203a348ae9b91f95b938f3d79b09'),
    // a pupil added in Basispoort after the last synchronisation: unknown to the sync
    'nieuwe.leerling:welkom01' => $basispoortUser('nieuwe.leerling', 1001599, 1001, '12AB', '00', ['Leerling'], 'Nina', null, 'Nieuw', null),
    // Zoë again under a Basispoort id the sync does not know, with her ECK iD: found by ECK iD at the same school
    'zoe.ander-id:welkom01' => $basispoortUser('zoe.ander-id', 1001777, 1001, '12AB', '00', ['Leerling'], 'Zoë', null, 'Çelik',
        'c11a01abb33f16ba903c6a84d8b5aecaa1838dc8ed550909'),

    // --- CBS Het Kompas: institution 1002, BRIN 34CD + 01, toggle on ---
    'noor.jansen:welkom01' => $basispoortUser('noor.jansen', 1002501, 1002, '34CD', '01', ['Leerling'], 'Noor', null, 'Jansen',
        '29bc9e5c99d3887464d9b7e889513a612ad677d5aa8c2b1c'),
    'piet.pietersen:welkom01' => $basispoortUser('piet.pietersen', 1002601, 1002, '34CD', '01', ['Leerkracht', 'ICTCoordinator'], 'Piet', null,
        'Pietersen', '0c0c6b1b4f6a1bb02a78224b214b44a16f16bc786385849a'),

    // --- Basisschool 't Schrijvertje: institution 1003, BRIN 56EF + 00, toggle OFF ---
    'emma.degraaf:welkom01' => $basispoortUser('emma.degraaf', 1003501, 1003, '56EF', '00', ['Leerling'], 'Emma', null, 'de Graaf',
        '9d4879ae0b8c8d91f43c239f761779512a7c29f34d26115d'),
    'hans.mulder:welkom01' => $basispoortUser('hans.mulder', 1003601, 1003, '56EF', '00', ['Leerkracht', 'ICTCoordinator'], 'Hans', null,
        'Mulder', '5138a15f5202dd84e33ddb09c8f2d2a262abc5a9989d354a'),
];
