package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Why a login failed, as far as core knows. Providers add their own codes (SAML checks, licence states). */
public enum LoginErrorCode implements ErrorCode {
    INVALID_CREDENTIALS("PW-LOGIN-001"),
    THROTTLED("PW-LOGIN-002"),
    PROVIDER_UNAVAILABLE("PW-LOGIN-003"),
    ACCOUNT_NOT_ACTIVE("PW-LOGIN-004"),
    NOT_PROVISIONED("PW-LOGIN-005"),
    BUSY("PW-LOGIN-006"),
    REALM_BLOCKED_FOR_SCHOOL("PW-LOGIN-007"),
    UNKNOWN_REALM("PW-LOGIN-008"),
    ROLE_MISMATCH("PW-LOGIN-009");

    private final String code;

    LoginErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
