package nl.schoolsupport.poortwachter.entree;

import java.util.List;
import java.util.Objects;

/**
 * The names under which Entree may send each attribute: the friendly name (what Entree's SimpleSAMLphp-based
 * SPs read), and the {@code urn:oid:} / {@code urn:mace:dir:attribute-def:} forms (OpenConext-style platforms).
 * OIDs are listed where they are standard (LDAP, eduPerson); the nlEduPerson and eckId URN forms are
 * {@code urn:mace} names. Add names with the {@code with...} methods if a federation uses others.
 */
public record EntreeAttributeNames(List<String> uid, List<String> givenName, List<String> surname, List<String> infix,
        List<String> affiliation, List<String> homeOrganizationBranchId, List<String> homeOrganizationId,
        List<String> homeOrganization, List<String> eckId) {

    private static final String MACE = "urn:mace:dir:attribute-def:";

    public static final EntreeAttributeNames DEFAULT = new EntreeAttributeNames(
            List.of("uid", "urn:oid:0.9.2342.19200300.100.1.1", MACE + "uid"),
            List.of("givenName", "urn:oid:2.5.4.42", MACE + "givenName"),
            List.of("sn", "urn:oid:2.5.4.4", MACE + "sn"),
            List.of("nlEduPersonTussenvoegsels", MACE + "nlEduPersonTussenvoegsels"),
            List.of("eduPersonAffiliation", "urn:oid:1.3.6.1.4.1.5923.1.1.1.1", MACE + "eduPersonAffiliation"),
            List.of("nlEduPersonHomeOrganizationBranchId", MACE + "nlEduPersonHomeOrganizationBranchId"),
            List.of("nlEduPersonHomeOrganizationId", MACE + "nlEduPersonHomeOrganizationId"),
            List.of("nlEduPersonHomeOrganization", MACE + "nlEduPersonHomeOrganization"),
            List.of("eckId", MACE + "eckId"));

    public EntreeAttributeNames {
        uid = List.copyOf(Objects.requireNonNull(uid));
        givenName = List.copyOf(givenName);
        surname = List.copyOf(surname);
        infix = List.copyOf(infix);
        affiliation = List.copyOf(affiliation);
        homeOrganizationBranchId = List.copyOf(homeOrganizationBranchId);
        homeOrganizationId = List.copyOf(homeOrganizationId);
        homeOrganization = List.copyOf(homeOrganization);
        eckId = List.copyOf(eckId);
    }

    static String[] array(List<String> names) {
        return names.toArray(String[]::new);
    }
}
