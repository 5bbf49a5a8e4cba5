package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** The login provider (licence service, IdP metadata, database) could not answer; not the user's fault. */
public class ProviderUnavailableException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(String message, Throwable cause) {
        super(LoginErrorCode.PROVIDER_UNAVAILABLE, message, cause);
    }

    public ProviderUnavailableException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
