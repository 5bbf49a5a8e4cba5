package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.saml.AttributeMapper;
import nl.schoolsupport.poortwachter.saml.SamlAssertion;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * A Basispoort assertion to an {@link ExternalIdentity}, by a {@link BasispoortAttributeMapping}. Only the subject is
 * required: Basispoort accounts come from the sync ({@code DIRECTORY_ONLY}), and core takes the account's role,
 * school and name, found by (realm {@code basispoort}, subject) and then by ECK iD at the same school.
 * <ul>
 *   <li>subject: the Basispoort user id, stripped; missing → {@code PW-BASISPOORT-101}, unusable → {@code -102};</li>
 *   <li>school: BRIN + dependancecode (or a BRIN6, or only a BRIN4), else the institution id through the sync's
 *       status; a value that is no BRIN → {@code PW-BASISPOORT-103}. It confines the ECK iD match and lets the
 *       login page explain a refusal;</li>
 *   <li>role: staff values → TEACHER, pupil values → PUPIL; absent or unknown → PUPIL (least privilege; it is not
 *       used for the principal); ICT coordinator flag from the ICT-coordinator values;</li>
 *   <li>ECK iD and names when sent; an unusable one is left out (logged without its value).</li>
 * </ul>
 */
public final class BasispoortAttributeMapper implements AttributeMapper {

    private static final Logger LOG = LoggerFactory.getLogger(BasispoortAttributeMapper.class);
    private static final String TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    /** The identity store's subject column. */
    static final int MAX_SUBJECT_LENGTH = 512;
    private static final Pattern DEPENDANCECODE = Pattern.compile("[0-9]{1,2}");

    private final BasispoortAttributeMapping mapping;
    private final InstitutionSchools institutions;

    public BasispoortAttributeMapper(BasispoortAttributeMapping mapping, InstitutionSchools institutions) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.institutions = Objects.requireNonNull(institutions, "institutions");
    }

    public BasispoortAttributeMapping mapping() {
        return mapping;
    }

    @Override
    public ExternalIdentity map(String realmId, SamlAssertion assertion) {
        String subject = subject(assertion);
        Set<String> roles = roleValues(assertion);
        ExternalIdentity.Builder identity = ExternalIdentity.builder(realmId, subject)
                .role(role(roles))
                .flags(roles.stream().anyMatch(mapping.ictCoordinatorRoles()::contains)
                        ? EnumSet.of(AccountFlag.ICT_COORDINATOR) : EnumSet.noneOf(AccountFlag.class))
                .eckId(eckId(assertion))
                .name(name(assertion))
                .attributes(assertion.attributeMap())
                .authnInstant(assertion.authnInstant().orElse(null))
                .sessionIndex(assertion.sessionIndex().orElse(null));
        school(assertion).ifPresent(key -> identity.school(School.of(key, "", Country.NL)));
        return identity.build();
    }

    private String subject(SamlAssertion assertion) {
        boolean transientNameId = false;
        for (String source : mapping.userId()) {
            Optional<String> value;
            if (BasispoortAttributeMapping.NAME_ID.equals(source)) {
                transientNameId = assertion.nameIdFormat().map(TRANSIENT::equals).orElse(false);
                value = transientNameId ? Optional.empty() : Optional.of(assertion.nameId()).filter(v -> !v.isBlank());
            } else {
                value = assertion.first(source);
            }
            if (value.isPresent()) {
                return checked(source, value.get().strip());
            }
        }
        throw new BasispoortSubjectMissingException(mapping.userId(), transientNameId
                ? "the NameID is transient, so it cannot be the Basispoort user id"
                : "the assertion has " + assertion.attributes().size() + " other attribute(s)");
    }

    private static String checked(String source, String subject) {
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new BasispoortSubjectInvalidException(source, "expected at most " + MAX_SUBJECT_LENGTH + " characters, got "
                    + subject.length());
        }
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new BasispoortSubjectInvalidException(source, "expected no control characters, got some");
        }
        return subject;
    }

    private Optional<SchoolKey> school(SamlAssertion assertion) {
        Optional<String> brin = assertion.first(BasispoortAttributeMapping.array(mapping.brin()))
                .map(v -> v.strip().toUpperCase(Locale.ROOT));
        if (brin.isPresent()) {
            String key = brin.get();
            if (key.length() == 4) {
                Optional<String> dependance = assertion.first(BasispoortAttributeMapping.array(mapping.dependancecode()))
                        .map(String::strip);
                if (dependance.isPresent()) {
                    if (!DEPENDANCECODE.matcher(dependance.get()).matches()) {
                        throw new BasispoortSchoolInvalidException("dependancecode: expected 1 or 2 digits, got "
                                + dependance.get().length() + " other characters");
                    }
                    key = key + (dependance.get().length() == 1 ? "0" : "") + dependance.get();
                }
            }
            try {
                return Optional.of(SchoolKey.brin(key));
            } catch (InvalidInputException e) {
                throw new BasispoortSchoolInvalidException("BRIN: expected 4 letters/digits (+ 2 digits), got " + key.length()
                        + " characters that do not match");
            }
        }
        Optional<String> institution = assertion.first(BasispoortAttributeMapping.array(mapping.institutionId())).map(String::strip);
        if (institution.isPresent()) {
            Optional<SchoolKey> key = institutions.schoolOf(institution.get());
            if (key.isEmpty()) {
                LOG.debug("Basispoort institution of a tile login is not known to the sync yet");
            }
            return key;
        }
        return Optional.empty();
    }

    private Set<String> roleValues(SamlAssertion assertion) {
        List<String> values = assertion.values(BasispoortAttributeMapping.array(mapping.role()));
        return values.stream().filter(Objects::nonNull).map(v -> v.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Role role(Set<String> roles) {
        if (roles.stream().anyMatch(mapping.staffRoles()::contains)) {
            return Role.TEACHER;
        }
        return Role.PUPIL;
    }

    private Optional<EckId> eckId(SamlAssertion assertion) {
        try {
            return assertion.first(BasispoortAttributeMapping.array(mapping.eckId())).flatMap(EckId::ofNullable);
        } catch (InvalidInputException e) {
            LOG.warn("Ignoring an unusable ECK iD in a Basispoort tile login: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private PersonName name(SamlAssertion assertion) {
        String first = assertion.first(BasispoortAttributeMapping.array(mapping.firstName())).orElse("");
        String infix = assertion.first(BasispoortAttributeMapping.array(mapping.infix())).orElse("");
        String last = assertion.first(BasispoortAttributeMapping.array(mapping.lastName())).orElse("");
        try {
            return PersonName.of(first, infix, last);
        } catch (InvalidInputException e) {
            // the synced account's name is what counts; an odd name here must not block the login
            LOG.warn("Ignoring unusable name attributes in a Basispoort tile login: {}", e.getMessage());
            return PersonName.of("", "", "");
        }
    }
}
