package nl.schoolsupport.poortwachter.basispoort.rest;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Error codes of the Basispoort sync client. Documented in {@code docs/basispoort.md}. */
public enum BasispoortErrorCode implements ErrorCode {
    /** Basispoort refused our client certificate in the TLS handshake (wrong certificate, other environment, expired). */
    CLIENT_CERTIFICATE_REJECTED("PW-BASISPOORT-001"),
    /** We do not trust Basispoort's server certificate (trust store, host name). */
    SERVER_NOT_TRUSTED("PW-BASISPOORT-002"),
    /** The TLS handshake failed otherwise (no common protocol version or cipher suite). */
    TLS_HANDSHAKE_FAILED("PW-BASISPOORT-003"),
    /** A 4xx answer other than 401/403: the request was wrong (unknown institution, bad date). Not retried. */
    CLIENT_ERROR_STATUS("PW-BASISPOORT-004"),
    /** 5xx answers, still after every retry. */
    SERVER_ERROR_STATUS("PW-BASISPOORT-005"),
    /** Connecting or reading timed out or failed, still after every retry. */
    UNREACHABLE("PW-BASISPOORT-006"),
    /** The body is not the JSON we expect (syntax or shape). Not retried. */
    INVALID_JSON("PW-BASISPOORT-007"),
    /** The body ended early (connection cut, or JSON incomplete), still after every retry. */
    TRUNCATED_RESPONSE("PW-BASISPOORT-008"),
    /** The body is larger than {@code basispoort.max-response-size}. Not retried. */
    RESPONSE_TOO_LARGE("PW-BASISPOORT-009"),
    /** The JSON is well-formed but breaks a rule we rely on (institution without BRIN, user without id). */
    INVALID_DATA("PW-BASISPOORT-010"),
    /** 401 or 403: the certificate is valid but not authorised for this call (no permission for this school). */
    NOT_AUTHORISED("PW-BASISPOORT-011");

    private final String code;

    BasispoortErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
