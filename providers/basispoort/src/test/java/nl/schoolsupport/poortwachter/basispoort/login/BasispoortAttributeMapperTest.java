package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.saml.SamlAssertion;
import nl.schoolsupport.poortwachter.saml.SamlAttribute;
import nl.schoolsupport.poortwachter.school.SchoolKey;

class BasispoortAttributeMapperTest {

    private static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    private static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    private static final BasispoortAttributeMapper DEFAULT = new BasispoortAttributeMapper(BasispoortAttributeMapping.DEFAULTS,
            InstitutionSchools.NONE);

    private static SamlAssertion assertion(String nameIdFormat, Object... nameValuePairs) {
        List<SamlAttribute> attributes = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object values = nameValuePairs[i + 1];
            @SuppressWarnings("unchecked")
            List<String> list = values instanceof List<?> l ? (List<String>) l : List.of((String) values);
            attributes.add(new SamlAttribute((String) nameValuePairs[i], Optional.empty(), list));
        }
        return new SamlAssertion("https://idp.basispoort.example", "name-id-42", Optional.of(nameIdFormat), attributes,
                Optional.empty(), Optional.empty(), Optional.empty(), "_a1");
    }

    private static ExternalIdentity map(BasispoortAttributeMapper mapper, SamlAssertion assertion) {
        return mapper.map("basispoort", assertion);
    }

    private static BasispoortAttributeMapper mapper(Map<String, String> properties) {
        return new BasispoortAttributeMapper(BasispoortAttributeMapping.fromProperties(properties), InstitutionSchools.NONE);
    }

    @Test
    void theSubjectIsTheBasispoortUserIdAttributeNotTheNameId() {
        ExternalIdentity identity = map(DEFAULT, assertion(PERSISTENT, "basispoortId", " 1001501 "));

        assertThat(identity.subject()).isEqualTo("1001501");
        assertThat(identity.realmId()).isEqualTo("basispoort");
        assertThat(identity.school()).isEmpty();
        assertThat(identity.role()).isEqualTo(Role.PUPIL);
        assertThat(identity.eckId()).isEmpty();
        assertThat(identity.attributes()).containsKey("basispoortId");
    }

    @Test
    void attributesAreFoundByFriendlyNameToo() {
        SamlAssertion assertion = new SamlAssertion("idp", "n", Optional.empty(), List.of(new SamlAttribute(
                "urn:basispoort:attribute:id", Optional.of("basispoortId"), List.of("77"))), Optional.empty(), Optional.empty(),
                Optional.empty(), "_a");
        assertThat(map(DEFAULT, assertion).subject()).isEqualTo("77");
    }

    @Test
    void theNameIdCanBeConfiguredAsTheUserIdButNotATransientOne() {
        BasispoortAttributeMapper byNameId = mapper(Map.of("basispoort.attribute.user-id", "#NameID"));
        assertThat(map(byNameId, assertion(PERSISTENT)).subject()).isEqualTo("name-id-42");

        assertThatThrownBy(() -> map(byNameId, assertion(TRANSIENT, "basispoortId", "1001501")))
                .isInstanceOf(BasispoortSubjectMissingException.class).hasMessageContaining("PW-BASISPOORT-101")
                .hasMessageContaining("transient").hasMessageNotContaining("name-id-42");

        BasispoortAttributeMapper attributeThenNameId = mapper(Map.of("basispoort.attribute.user-id", "bpUserId, #NameID"));
        assertThat(map(attributeThenNameId, assertion(PERSISTENT, "bpUserId", "9")).subject()).isEqualTo("9");
        assertThat(map(attributeThenNameId, assertion(PERSISTENT)).subject()).isEqualTo("name-id-42");
    }

    @Test
    void aMissingOrBlankUserIdIsRefused() {
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "voornaam", "Zo\u00eb")))
                .isInstanceOf(BasispoortSubjectMissingException.class).hasMessageContaining("basispoortId")
                .hasMessageContaining("1 other attribute(s)").hasMessageNotContaining("Zo\u00eb");
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "basispoortId", "  ")))
                .isInstanceOf(BasispoortSubjectMissingException.class);
    }

    @Test
    void anUnusableUserIdIsRefused() {
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1".repeat(513))))
                .isInstanceOf(BasispoortSubjectInvalidException.class).hasMessageContaining("PW-BASISPOORT-102")
                .hasMessageContaining("513");
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "basispoortId", "10\u000015")))
                .isInstanceOf(BasispoortSubjectInvalidException.class).hasMessageContaining("control characters");
    }

    @Test
    void theSchoolIsBrinPlusDependancecode() {
        assertThat(school(assertion(PERSISTENT, "basispoortId", "1", "brincode", "12ab", "dependancecode", "01")))
                .contains(SchoolKey.brin("12AB01"));
        assertThat(school(assertion(PERSISTENT, "basispoortId", "1", "brincode", "12AB", "dependancecode", "1")))
                .contains(SchoolKey.brin("12AB01"));
        assertThat(school(assertion(PERSISTENT, "basispoortId", "1", "brincode", "34CD02", "dependancecode", "07")))
                .contains(SchoolKey.brin("34CD02"));
        // no dependancecode: the BRIN4 (core matches it to the vestigingen of that BRIN)
        assertThat(school(assertion(PERSISTENT, "basispoortId", "1", "brincode", "12AB"))).contains(SchoolKey.brin("12AB"));
    }

    @Test
    void aSchoolThatIsNoBrinIsRefused() {
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "brincode", "12-AB")))
                .isInstanceOf(BasispoortSchoolInvalidException.class).hasMessageContaining("PW-BASISPOORT-103")
                .hasMessageNotContaining("12-AB");
        assertThatThrownBy(() -> map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "brincode", "12AB",
                "dependancecode", "A1"))).isInstanceOf(BasispoortSchoolInvalidException.class)
                .hasMessageContaining("dependancecode");
    }

    @Test
    void anInstitutionIdIsResolvedThroughTheSyncWhenNoBrinIsSent() {
        BasispoortAttributeMapper mapper = new BasispoortAttributeMapper(BasispoortAttributeMapping.DEFAULTS,
                id -> id.equals("1001") ? Optional.of(SchoolKey.brin("12AB00")) : Optional.empty());

        assertThat(map(mapper, assertion(PERSISTENT, "basispoortId", "1", "instellingId", "1001")).school())
                .map(s -> s.key()).contains(SchoolKey.brin("12AB00"));
        assertThat(map(mapper, assertion(PERSISTENT, "basispoortId", "1", "instellingId", "9999")).school()).isEmpty();
        // the BRIN wins when both are sent (no look-up needed)
        assertThat(map(mapper, assertion(PERSISTENT, "basispoortId", "1", "instellingId", "1001", "brincode", "34CD",
                "dependancecode", "01")).school()).map(s -> s.key()).contains(SchoolKey.brin("34CD01"));
    }

    @Test
    void staffRolesMakeATeacherAndTheIctCoordinatorFlag() {
        ExternalIdentity ict = map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "rol", List.of("Leerkracht", "ICTCoordinator")));
        assertThat(ict.role()).isEqualTo(Role.TEACHER);
        assertThat(ict.flags()).containsExactly(AccountFlag.ICT_COORDINATOR);

        ExternalIdentity teacher = map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "rol", "leerkracht"));
        assertThat(teacher.role()).isEqualTo(Role.TEACHER);
        assertThat(teacher.flags()).isEmpty();

        assertThat(map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "rol", "Leerling")).role()).isEqualTo(Role.PUPIL);
        assertThat(map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "rol", "Ouder")).role()).isEqualTo(Role.PUPIL);

        BasispoortAttributeMapper custom = mapper(Map.of("basispoort.attribute.role", "functie", "basispoort.staff-roles", "docent",
                "basispoort.ict-coordinator-roles", "beheerder"));
        ExternalIdentity docent = map(custom, assertion(PERSISTENT, "basispoortId", "1", "functie", List.of("Docent", "Beheerder")));
        assertThat(docent.role()).isEqualTo(Role.TEACHER);
        assertThat(docent.flags()).containsExactly(AccountFlag.ICT_COORDINATOR);
        assertThat(map(custom, assertion(PERSISTENT, "basispoortId", "1", "rol", "Leerkracht")).role()).isEqualTo(Role.PUPIL);
    }

    @Test
    void eckIdAndNamesAreTakenWhenUsableAndNeverBlockTheLogin() {
        ExternalIdentity identity = map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "voornaam", "Daan",
                "voorvoegsel", "van der", "achternaam", "Berg", "eckid", "https://ketenid.nl/201703/abc"));
        assertThat(identity.name().displayName()).isEqualTo("Daan van der Berg");
        assertThat(identity.eckId()).map(e -> e.value()).contains("https://ketenid.nl/201703/abc");

        ExternalIdentity odd = map(DEFAULT, assertion(PERSISTENT, "basispoortId", "1", "voornaam", "x".repeat(300),
                "eckId", "e".repeat(600)));
        assertThat(odd.subject()).isEqualTo("1");
        assertThat(odd.name().isBlank()).isTrue();
        assertThat(odd.eckId()).isEmpty();

        BasispoortAttributeMapper noEck = mapper(Map.of("basispoort.attribute.eck-id", "none"));
        assertThat(map(noEck, assertion(PERSISTENT, "basispoortId", "1", "eckId", "https://ketenid.nl/201703/abc")).eckId()).isEmpty();
    }

    @Test
    void theMappingIsConfiguredWithMessagesThatNameTheKey() {
        assertThatThrownBy(() -> BasispoortAttributeMapping.fromProperties(Map.of("basispoort.attribute.user-id", "none")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.attribute.user-id");
        assertThatThrownBy(() -> BasispoortAttributeMapping.fromProperties(Map.of("basispoort.attribute.brin", "#NameID")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.attribute.brin");
        assertThatThrownBy(() -> BasispoortAttributeMapping.fromProperties(Map.of("basispoort.attribute.role", "rol en functie")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.attribute.role");
        BasispoortAttributeMapping mapping = BasispoortAttributeMapping.fromProperties(Map.of(
                "basispoort.attribute.user-id", "uid,#NameID", "basispoort.attribute.institution-id", "none"));
        assertThat(mapping.userId()).containsExactly("uid", "#NameID");
        assertThat(mapping.institutionId()).isEmpty();
        assertThat(mapping.namesSchool()).isTrue();
        assertThat(BasispoortAttributeMapping.fromProperties(Map.of())).isEqualTo(BasispoortAttributeMapping.DEFAULTS);
    }

    private static Optional<SchoolKey> school(SamlAssertion assertion) {
        return map(DEFAULT, assertion).school().map(s -> s.key());
    }
}
