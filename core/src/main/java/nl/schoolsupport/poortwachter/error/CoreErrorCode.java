package nl.schoolsupport.poortwachter.error;

/** Error codes of the core module. Documented in {@code docs/error-codes.md}. */
public enum CoreErrorCode implements ErrorCode {
    INVALID_INPUT("PW-CORE-001"),
    STORE_UNAVAILABLE("PW-CORE-002"),
    STALE_ACCOUNT("PW-CORE-003"),
    IDENTITY_ALREADY_LINKED("PW-CORE-004"),
    UNKNOWN_SCHOOL("PW-CORE-005"),
    UNKNOWN_ACCOUNT("PW-CORE-006"),
    DUPLICATE_USERNAME("PW-CORE-007"),
    NOT_ALLOWED("PW-CORE-008"),
    CONFIGURATION("PW-CORE-009");

    private final String code;

    CoreErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
