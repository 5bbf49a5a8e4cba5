package nl.schoolsupport.poortwachter.licence.api;

/** The values of {@link Problem#code()} in the contract. */
public final class ProblemCode {

    /** 401: unknown username or wrong password (deliberately not told apart). */
    public static final String INVALID_CREDENTIALS = "invalid_credentials";
    /** 403: credentials right, licence expired. */
    public static final String LICENCE_EXPIRED = "licence_expired";
    /** 403: credentials right, no licence for the requested product. */
    public static final String PRODUCT_NOT_LICENSED = "product_not_licensed";
    /** 403: credentials right, account blocked. */
    public static final String ACCOUNT_BLOCKED = "account_blocked";
    /** 429: too many attempts; see Retry-After. */
    public static final String RATE_LIMITED = "rate_limited";
    /** 400: the request breaks the contract. */
    public static final String INVALID_REQUEST = "invalid_request";
    /** 401 on the client's own credentials (API key) rather than the teacher's. */
    public static final String CLIENT_UNAUTHORIZED = "client_unauthorized";
    /** 404: the school code of a look-up is unknown. */
    public static final String UNKNOWN_SCHOOL = "unknown_school";

    private ProblemCode() {
    }
}
