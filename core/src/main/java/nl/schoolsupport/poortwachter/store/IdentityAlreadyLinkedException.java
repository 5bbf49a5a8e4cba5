package nl.schoolsupport.poortwachter.store;

import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** The identity is linked to a different account; moving it is a merge, not a link. */
public class IdentityAlreadyLinkedException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public IdentityAlreadyLinkedException(String realmId) {
        super(CoreErrorCode.IDENTITY_ALREADY_LINKED, "an identity of realm " + realmId
                + " is already linked to another account; use a merge to move it");
    }
}
