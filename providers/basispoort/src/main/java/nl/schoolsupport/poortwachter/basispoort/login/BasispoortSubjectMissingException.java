package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.List;
import java.util.Locale;

import nl.schoolsupport.poortwachter.error.UserFacingMessage;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/**
 * Basispoort's assertion did not carry the user id where {@code basispoort.attribute.user-id} says it is
 * ({@code PW-BASISPOORT-101}): without it the synchronised account cannot be found. Usually a mapping that does not
 * match what Basispoort sends; the message names the attribute names looked at, never values.
 */
public final class BasispoortSubjectMissingException extends LoginFailedException implements UserFacingMessage {

    private static final long serialVersionUID = 1L;

    private final List<String> lookedAt;

    public BasispoortSubjectMissingException(List<String> lookedAt, String detail) {
        super(BasispoortLoginErrorCode.SUBJECT_MISSING, "Basispoort user id: expected a value in " + String.join(" or ", lookedAt)
                + " (basispoort.attribute.user-id), got none (" + detail + ")");
        this.lookedAt = List.copyOf(lookedAt);
    }

    /** Where the mapping looked (attribute names, or {@code #NameID}): configuration, not personal data. */
    public List<String> lookedAt() {
        return lookedAt;
    }

    /** Dutch (default) or English, for the error page; no personal data. */
    @Override
    public String userMessage(Locale locale) {
        return BasispoortLoginMessages.text(BasispoortLoginErrorCode.SUBJECT_MISSING, locale);
    }
}
