package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;
import nl.schoolsupport.poortwachter.school.ContactPerson;

/** The licence service blocked this account (e.g. the teacher left the school). Not a failed attempt. */
public class LicenceAccountBlockedException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    private final transient Optional<ContactPerson> contact;

    public LicenceAccountBlockedException(Optional<ContactPerson> contact) {
        super(LicenceErrorCode.ACCOUNT_BLOCKED, "the licence service blocked this account");
        this.contact = Objects.requireNonNullElse(contact, Optional.empty());
    }

    @Override
    public String userMessage(Locale locale) {
        String suffix = new LicenceDetails("-", Optional.empty(), contact).contactSuffix();
        return UserFacingMessage.isEnglish(locale)
                ? "Your account is blocked in Schoolsupport's licence management system. Ask your school's licence contact "
                        + "person" + suffix + " to unblock it."
                : "Je account is geblokkeerd in het Licentiebeheersysteem van Schoolsupport. Vraag de licentiecontactpersoon "
                        + "van je school" + suffix + " om het te deblokkeren.";
    }
}
