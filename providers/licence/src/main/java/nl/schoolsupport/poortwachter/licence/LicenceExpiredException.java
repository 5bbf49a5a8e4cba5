package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.licence.api.SchoolLicenceResponse;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** The credentials are right, but the school's licence for this product has expired. Not a failed attempt. */
public class LicenceExpiredException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    private final transient LicenceDetails details;
    private final transient Optional<SchoolLicenceResponse> reported;

    public LicenceExpiredException(LicenceDetails details) {
        this(details, Optional.empty());
    }

    /**
     * @param reported school, administrator and licence as the service reported them with the refusal, so the
     *                 expiry can be recorded for the school's notices
     */
    public LicenceExpiredException(LicenceDetails details, Optional<SchoolLicenceResponse> reported) {
        super(LicenceErrorCode.LICENCE_EXPIRED, "licence for product " + details.productName() + " has expired"
                + details.validUntil().map(d -> " on " + d).orElse(""));
        this.details = Objects.requireNonNull(details);
        this.reported = Objects.requireNonNullElse(reported, Optional.empty());
    }

    public LicenceDetails details() {
        return details;
    }

    public Optional<SchoolLicenceResponse> reported() {
        return reported;
    }

    @Override
    public String userMessage(Locale locale) {
        if (UserFacingMessage.isEnglish(locale)) {
            return "Your school's licence for " + details.productName() + " has expired"
                    + details.validUntil().map(d -> " on " + details.englishDate()).orElse("")
                    + ". Ask your school's licence contact person" + details.contactSuffix()
                    + " to renew the licence; you can log in again once it is renewed.";
        }
        return "De licentie van je school voor " + details.productName() + " is verlopen"
                + details.validUntil().map(d -> " op " + details.dutchDate()).orElse("")
                + ". Vraag de licentiecontactpersoon van je school" + details.contactSuffix()
                + " om de licentie te verlengen; daarna kun je weer inloggen.";
    }
}
