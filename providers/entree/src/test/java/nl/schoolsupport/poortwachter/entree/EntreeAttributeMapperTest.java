package nl.schoolsupport.poortwachter.entree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.saml.SamlAssertion;
import nl.schoolsupport.poortwachter.saml.SamlAttribute;

class EntreeAttributeMapperTest {

    private final EntreeAttributeMapper mapper = new EntreeAttributeMapper();

    private static SamlAssertion assertion(String nameIdFormat, Map<String, List<String>> attributes) {
        List<SamlAttribute> list = new ArrayList<>();
        attributes.forEach((name, values) -> list.add(new SamlAttribute(name, Optional.empty(), values)));
        return new SamlAssertion("https://engine.entree.kennisnet.nl", "hash1@regenboog", Optional.of(nameIdFormat), list,
                Optional.of(Instant.parse("2025-01-01T08:00:00Z")), Optional.of("_s1"), Optional.of("_r1"), "_a1");
    }

    private static Map<String, List<String>> pupil() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("uid", List.of("hash1@regenboog"));
        a.put("givenName", List.of("Zoë"));
        a.put("sn", List.of("Çelik"));
        a.put("eduPersonAffiliation", List.of("student"));
        a.put("nlEduPersonHomeOrganizationId", List.of("12AB"));
        a.put("nlEduPersonHomeOrganizationBranchId", List.of("12AB00"));
        a.put("nlEduPersonHomeOrganization", List.of("OBS De Regenboog"));
        a.put("eckId", List.of("https://ketenid.nl/201703/c47d2e8f"));
        return a;
    }

    private static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

    @Test
    void pupilWithFriendlyNames() {
        ExternalIdentity id = mapper.map("entree", assertion(PERSISTENT, pupil()));
        assertThat(id.subject()).isEqualTo("hash1@regenboog");
        assertThat(id.role()).isEqualTo(Role.PUPIL);
        assertThat(id.name().displayName()).isEqualTo("Zoë Çelik");
        assertThat(id.school()).get().satisfies(s -> {
            assertThat(s.key().asText()).isEqualTo("BRIN:12AB00");
            assertThat(s.name()).isEqualTo("OBS De Regenboog");
        });
        assertThat(id.eckId()).get().extracting(e -> e.value()).isEqualTo("https://ketenid.nl/201703/c47d2e8f");
        assertThat(id.authnInstant()).contains(Instant.parse("2025-01-01T08:00:00Z"));
        assertThat(id.sessionIndex()).contains("_s1");
    }

    @Test
    void teacherWithOidAndMaceNamesAndBrin4Only() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("urn:oid:0.9.2342.19200300.100.1.1", List.of("t1@school"));
        a.put("urn:oid:2.5.4.42", List.of("Daan"));
        a.put("urn:oid:2.5.4.4", List.of("van der Berg"));
        a.put("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", List.of("member", "employee"));
        a.put("urn:mace:dir:attribute-def:nlEduPersonHomeOrganizationId", List.of("34cd"));
        ExternalIdentity id = mapper.map("entree", assertion("urn:oasis:names:tc:SAML:2.0:nameid-format:transient", a));
        assertThat(id.subject()).as("transient NameID: uid is the subject").isEqualTo("t1@school");
        assertThat(id.role()).isEqualTo(Role.TEACHER);
        assertThat(id.name().first()).isEqualTo("Daan");
        assertThat(id.name().infix()).isEqualTo("van der");
        assertThat(id.name().last()).isEqualTo("Berg");
        assertThat(id.name().displayName()).isEqualTo("Daan van der Berg");
        assertThat(id.school()).get().extracting(s -> s.key().asText()).isEqualTo("BRIN:34CD");
        assertThat(id.eckId()).isEmpty();
    }

    @Test
    void separateTussenvoegselAttributeWins() {
        Map<String, List<String>> a = pupil();
        a.put("sn", List.of("Vries"));
        a.put("nlEduPersonTussenvoegsels", List.of("de"));
        assertThat(mapper.map("entree", assertion(PERSISTENT, a)).name().sortName()).isEqualTo("Vries, Zoë de");
    }

    @Test
    void staffIsATeacher() {
        Map<String, List<String>> a = pupil();
        a.put("eduPersonAffiliation", List.of("staff"));
        assertThat(mapper.map("entree", assertion(PERSISTENT, a)).role()).isEqualTo(Role.TEACHER);
    }

    @Test
    void missingAffiliation() {
        Map<String, List<String>> a = pupil();
        a.remove("eduPersonAffiliation");
        assertCode(a, "PW-ENTREE-001");
    }

    @Test
    void missingSchool() {
        Map<String, List<String>> a = pupil();
        a.remove("nlEduPersonHomeOrganizationId");
        a.remove("nlEduPersonHomeOrganizationBranchId");
        assertCode(a, "PW-ENTREE-001");
    }

    @Test
    void affiliateOnly() {
        Map<String, List<String>> a = pupil();
        a.put("eduPersonAffiliation", List.of("affiliate"));
        assertCode(a, "PW-ENTREE-002");
    }

    @Test
    void notABrin() {
        Map<String, List<String>> a = pupil();
        a.remove("nlEduPersonHomeOrganizationBranchId");
        a.put("nlEduPersonHomeOrganizationId", List.of("Regenboog"));
        assertCode(a, "PW-ENTREE-003");
    }

    private void assertCode(Map<String, List<String>> attributes, String code) {
        assertThatThrownBy(() -> mapper.map("entree", assertion(PERSISTENT, attributes)))
                .isInstanceOf(PoortwachterException.class)
                .satisfies(e -> assertThat(((PoortwachterException) e).errorCode().code()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zoë").doesNotContain("hash1"));
    }

    @Test
    void dutchNamesOnlySplitLowerCaseKnownInfixes() {
        assertThat(DutchNames.of("A", "", "Van Dijk").last()).isEqualTo("Van Dijk");
        assertThat(DutchNames.of("A", "", "de Vries").infix()).isEqualTo("de");
        assertThat(DutchNames.of("A", "", "van 't Hek").infix()).isEqualTo("van 't");
        assertThat(DutchNames.of("A", "", "d'Ancona").last()).isEqualTo("Ancona");
        assertThat(DutchNames.of("A", "", "de").last()).isEqualTo("de");
        assertThat(DutchNames.of("A", "", "Devries").last()).isEqualTo("Devries");
    }
}
