package nl.schoolsupport.poortwachter.licence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.licence.api.ApiContact;
import nl.schoolsupport.poortwachter.licence.api.ApiLicence;
import nl.schoolsupport.poortwachter.licence.api.ApiSchool;
import nl.schoolsupport.poortwachter.licence.api.ApiUser;
import nl.schoolsupport.poortwachter.licence.api.AuthenticateResponse;
import nl.schoolsupport.poortwachter.notice.LicenceStatus;
import nl.schoolsupport.poortwachter.notice.SchoolLicence;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Checks a licence service answer against the contract and turns it into Poortwachter's model: an
 * {@link ExternalIdentity} (so account linking works as for the SAML realms) and the {@link SchoolLicence} facts.
 * The school key is the Flemish instellingsnummer when given, else the BRIN, else the licence system's school code.
 * A missing or malformed field is {@link LicenceErrorCode#INVALID_ANSWER}: never a failed password.
 */
public final class LicenceAnswers {

    private static final int MAX_SUBJECT_LENGTH = 256;

    private LicenceAnswers() {
    }

    /** What a successful licence login yields. */
    public record LicenceLogin(ExternalIdentity identity, SchoolLicence licence) {
    }

    public static LicenceLogin toLogin(String realmId, String expectedProduct, AuthenticateResponse answer, Instant now) {
        ApiUser user = require(answer.user(), "user");
        String subject = requireText(user.id(), "user.id");
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw invalid("user.id longer than " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (!"teacher".equals(requireText(user.role(), "user.role").toLowerCase(Locale.ROOT))) {
            throw invalid("user.role must be 'teacher', got another value");
        }
        SchoolLicence licence = toSchoolLicence(answer.school(), answer.administrator(), answer.licence(), now);
        if (!licence.product().equals(expectedProduct)) {
            throw invalid("licence.product is not the requested product " + expectedProduct);
        }
        School school = toSchool(answer.school(), answer.administrator());
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("licence.schoolCode", List.of(answer.school().code()));
        attributes.put("licence.product", List.of(licence.product()));
        attributes.put("licence.status", List.of(licence.status().name()));
        attributes.put("licence.validUntil", List.of(licence.validUntil().toString()));
        ExternalIdentity identity;
        try {
            identity = ExternalIdentity.builder(realmId, subject)
                    .role(Role.TEACHER)
                    .flags(flags(user.duties()))
                    .school(school)
                    .name(PersonName.of(nullToEmpty(user.firstName()), nullToEmpty(user.infix()), nullToEmpty(user.lastName())))
                    .attributes(attributes)
                    .authnInstant(now)
                    .build();
        } catch (PoortwachterException | IllegalArgumentException e) {
            throw invalid("user name: " + e.getClass().getSimpleName());
        }
        return new LicenceLogin(identity, licence);
    }

    /** The licence facts of an answer (login, refusal or look-up). */
    public static SchoolLicence toSchoolLicence(ApiSchool school, ApiContact administrator, ApiLicence licence,
            Instant observedAt) {
        ApiSchool s = require(school, "school");
        ApiLicence l = require(licence, "licence");
        SchoolKey key = schoolKey(s);
        String product = requireText(l.product(), "licence.product");
        LicenceStatus status = status(requireText(l.status(), "licence.status"));
        require(l.validUntil(), "licence.validUntil");
        try {
            return new SchoolLicence(key, requireText(s.name(), "school.name"), product, l.productName(), status,
                    l.validUntil(), Boolean.TRUE.equals(l.autoRenewal()), Optional.ofNullable(l.cancelBefore()),
                    contact(administrator), observedAt);
        } catch (IllegalArgumentException e) {
            throw invalid("licence: " + e.getMessage());
        }
    }

    /** The school key by the documented preference: instellingsnummer, BRIN, licence school code. */
    public static SchoolKey schoolKey(ApiSchool school) {
        ApiSchool s = require(school, "school");
        try {
            if (s.institutionNumber() != null && !s.institutionNumber().isBlank()) {
                return SchoolKey.flemishInstitution(s.institutionNumber());
            }
            if (s.brin() != null && !s.brin().isBlank()) {
                return SchoolKey.brin(s.brin());
            }
            return SchoolKey.licenceCode(requireText(s.code(), "school.code"));
        } catch (PoortwachterException e) {
            if (e instanceof LicenceServiceUnavailableException) {
                throw e;
            }
            throw invalid("school identifier malformed (" + e.getMessage().replaceFirst("^\\[[A-Z0-9-]+\\] ", "") + ")");
        }
    }

    static School toSchool(ApiSchool s, ApiContact administrator) {
        Country country = switch (requireText(s.country(), "school.country").toUpperCase(Locale.ROOT)) {
            case "BE" -> Country.BE;
            case "NL" -> Country.NL;
            default -> throw invalid("school.country must be BE or NL");
        };
        try {
            return new School(schoolKey(s), requireText(s.name(), "school.name"), country, contact(administrator));
        } catch (PoortwachterException e) {
            if (e instanceof LicenceServiceUnavailableException) {
                throw e;
            }
            throw invalid("school: " + e.errorCode().code());
        }
    }

    private static Optional<ContactPerson> contact(ApiContact administrator) {
        return Optional.ofNullable(administrator).filter(a -> a.name() != null && !a.name().isBlank())
                .map(a -> ContactPerson.of(a.name(), a.email()));
    }

    private static Set<AccountFlag> flags(List<String> duties) {
        Set<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
        for (String duty : duties == null ? List.<String>of() : duties) {
            // unknown duties are ignored: the service may add some before the library knows them
            switch (Objects.requireNonNullElse(duty, "").toLowerCase(Locale.ROOT)) {
                case "ict_coordinator" -> flags.add(AccountFlag.ICT_COORDINATOR);
                case "school_administrator" -> flags.add(AccountFlag.SCHOOL_ADMINISTRATOR);
                default -> { }
            }
        }
        return flags;
    }

    private static LicenceStatus status(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "active" -> LicenceStatus.ACTIVE;
            case "trial" -> LicenceStatus.TRIAL;
            case "cancelled" -> LicenceStatus.CANCELLED;
            case "expired" -> LicenceStatus.EXPIRED;
            default -> throw invalid("licence.status must be active, trial, cancelled or expired");
        };
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw invalid(field + " is missing");
        }
        return value;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is missing");
        }
        return value.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static LicenceServiceUnavailableException invalid(String problem) {
        return new LicenceServiceUnavailableException(LicenceErrorCode.INVALID_ANSWER,
                "licence service answer breaks the contract: " + problem);
    }
}
