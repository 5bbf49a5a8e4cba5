package nl.schoolsupport.poortwachter.entree;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.saml.AttributeMapper;
import nl.schoolsupport.poortwachter.saml.SamlAssertion;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Entree attributes to an {@link ExternalIdentity}:
 * <ul>
 *   <li>subject: the NameID (Entree sets it to the uid), or {@code uid} when the NameID is transient;</li>
 *   <li>role: {@code eduPersonAffiliation} employee/staff/faculty → TEACHER, student → PUPIL;</li>
 *   <li>school: {@code nlEduPersonHomeOrganizationBranchId} (BRIN6) before {@code nlEduPersonHomeOrganizationId}
 *       (BRIN4 or BRIN6), named by {@code nlEduPersonHomeOrganization};</li>
 *   <li>name: givenName, tussenvoegsel, sn (see {@link DutchNames}); ECK iD from {@code eckId} when released.</li>
 * </ul>
 * A missing required attribute gives {@link EntreeAttributeMissingException} ({@code PW-ENTREE-001}).
 */
public final class EntreeAttributeMapper implements AttributeMapper {

    private static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    private static final Pattern BRIN = Pattern.compile("[0-9A-Z]{4}([0-9]{2})?");
    private static final List<String> TEACHER_AFFILIATIONS = List.of("employee", "staff", "faculty");

    private final EntreeAttributeNames names;

    public EntreeAttributeMapper() {
        this(EntreeAttributeNames.DEFAULT);
    }

    public EntreeAttributeMapper(EntreeAttributeNames names) {
        this.names = Objects.requireNonNull(names);
    }

    @Override
    public ExternalIdentity map(String realmId, SamlAssertion assertion) {
        String subject = subject(assertion);
        Role role = role(assertion.values(EntreeAttributeNames.array(names.affiliation())));
        School school = school(assertion);
        Optional<EckId> eckId = assertion.first(EntreeAttributeNames.array(names.eckId())).flatMap(EckId::ofNullable);
        return ExternalIdentity.builder(realmId, subject)
                .role(role)
                .school(school)
                .eckId(eckId)
                .name(DutchNames.of(text(assertion, names.givenName()), text(assertion, names.infix()),
                        text(assertion, names.surname())))
                .attributes(assertion.attributeMap())
                .authnInstant(assertion.authnInstant().orElse(null))
                .sessionIndex(assertion.sessionIndex().orElse(null))
                .build();
    }

    private String subject(SamlAssertion assertion) {
        boolean transientId = assertion.nameIdFormat().map(TRANSIENT::equals).orElse(false);
        if (!transientId && !assertion.nameId().isBlank()) {
            return assertion.nameId();
        }
        return assertion.first(EntreeAttributeNames.array(names.uid()))
                .orElseThrow(() -> new EntreeAttributeMissingException("uid", "the NameID is transient, so uid is needed as the subject"));
    }

    private static Role role(List<String> affiliations) {
        if (affiliations.isEmpty()) {
            throw new EntreeAttributeMissingException("eduPersonAffiliation", "needed to tell teachers from pupils");
        }
        List<String> normalised = affiliations.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
        if (normalised.stream().anyMatch(TEACHER_AFFILIATIONS::contains)) {
            return Role.TEACHER;
        }
        if (normalised.contains("student")) {
            return Role.PUPIL;
        }
        throw new EntreeRoleNotSupportedException(normalised);
    }

    private School school(SamlAssertion assertion) {
        Optional<String> branch = assertion.first(EntreeAttributeNames.array(names.homeOrganizationBranchId()))
                .map(v -> v.strip().toUpperCase(Locale.ROOT));
        Optional<String> organisation = assertion.first(EntreeAttributeNames.array(names.homeOrganizationId()))
                .map(v -> v.strip().toUpperCase(Locale.ROOT));
        String brin;
        if (branch.isPresent() && branch.get().length() == 6 && BRIN.matcher(branch.get()).matches()) {
            brin = branch.get();
        } else if (organisation.isPresent()) {
            if (!BRIN.matcher(organisation.get()).matches()) {
                throw new EntreeSchoolInvalidException("nlEduPersonHomeOrganizationId", organisation.get().length());
            }
            brin = organisation.get();
        } else if (branch.isPresent()) {
            throw new EntreeSchoolInvalidException("nlEduPersonHomeOrganizationBranchId", branch.get().length());
        } else {
            throw new EntreeAttributeMissingException("nlEduPersonHomeOrganizationId",
                    "neither it nor nlEduPersonHomeOrganizationBranchId says which school the user belongs to");
        }
        String name = assertion.first(EntreeAttributeNames.array(names.homeOrganization()))
                .map(n -> n.length() > School.MAX_NAME_LENGTH ? n.substring(0, School.MAX_NAME_LENGTH) : n).orElse(brin);
        return School.of(SchoolKey.brin(brin), name, Country.NL);
    }

    private static String text(SamlAssertion assertion, List<String> aliases) {
        return assertion.first(EntreeAttributeNames.array(aliases)).orElse("");
    }
}
