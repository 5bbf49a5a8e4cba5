package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.util.Locale;
import java.util.Objects;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** The credentials are right, but the school has no licence for this product. Not a failed attempt. */
public class ProductNotLicensedException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    private final transient LicenceDetails details;

    public ProductNotLicensedException(LicenceDetails details) {
        super(LicenceErrorCode.PRODUCT_NOT_LICENSED, "the school has no licence for product " + details.productName());
        this.details = Objects.requireNonNull(details);
    }

    public LicenceDetails details() {
        return details;
    }

    @Override
    public String userMessage(Locale locale) {
        if (UserFacingMessage.isEnglish(locale)) {
            return "Your school has no licence for " + details.productName() + ". Ask your school's licence contact person"
                    + details.contactSuffix() + " to order one from Schoolsupport, or log in to the product your school "
                    + "does have a licence for.";
        }
        return "Je school heeft geen licentie voor " + details.productName() + ". Vraag de licentiecontactpersoon van je school"
                + details.contactSuffix() + " om een licentie aan te vragen bij Schoolsupport, of log in bij het product "
                + "waarvoor je school wel een licentie heeft.";
    }
}
