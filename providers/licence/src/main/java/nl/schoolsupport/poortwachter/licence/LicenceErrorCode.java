package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Error codes of the licence-credentials realm. Documented in {@code docs/licence-api.md}. */
public enum LicenceErrorCode implements ErrorCode {
    /** Username or password not accepted by the licence service. Counts as a failed attempt. */
    CREDENTIALS_REJECTED("PW-LICENCE-001"),
    /** Credentials right, but the school's licence has expired. */
    LICENCE_EXPIRED("PW-LICENCE-002"),
    /** Credentials right, but the school has no licence for this product. */
    PRODUCT_NOT_LICENSED("PW-LICENCE-003"),
    /** The licence service blocked this account. */
    ACCOUNT_BLOCKED("PW-LICENCE-004"),
    /** The licence service refused further attempts for now (HTTP 429). */
    RATE_LIMITED("PW-LICENCE-005"),
    /** The licence service could not be reached (connection refused, unknown host, TLS failure). */
    SERVICE_UNREACHABLE("PW-LICENCE-006"),
    /** The licence service did not answer in time (connect or read timeout, or the answer took too long). */
    SERVICE_TIMEOUT("PW-LICENCE-007"),
    /** The licence service answered with a server error (HTTP 5xx). */
    SERVICE_ERROR("PW-LICENCE-008"),
    /** The answer broke the contract: not JSON, a missing field, an unexpected status or redirect. */
    INVALID_ANSWER("PW-LICENCE-009"),
    /** The answer was larger than {@code licence.max-response-size}. */
    ANSWER_TOO_LARGE("PW-LICENCE-010"),
    /** The licence service refused Poortwachter's request itself (HTTP 400, or the API key). Configuration or bug. */
    REQUEST_REFUSED("PW-LICENCE-011"),
    /** Too many licence requests in flight on this node ({@code licence.max-concurrent-requests}). */
    CLIENT_BUSY("PW-LICENCE-012"),
    /** Look-up of a school the licence service does not know. */
    UNKNOWN_SCHOOL("PW-LICENCE-013");

    private final String code;

    LicenceErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
