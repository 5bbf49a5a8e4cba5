package nl.schoolsupport.poortwachter.basispoort.demo;

/** DEMO ONLY: a way the demo service can misbehave on purpose, to show (and test) the sync's error handling. */
public enum DemoFault {
    /** 500 Internal Server Error with a plain-text body. */
    SERVER_ERROR,
    /** 503 Service Unavailable. */
    UNAVAILABLE,
    /** Waits {@code DemoBasispoortService#slowDelay} before answering (longer than a short client read timeout). */
    SLOW,
    /** Announces the full length, sends half the body, closes the connection. */
    TRUNCATED_BODY,
    /** 200 with a complete body that is cut off JSON (right length, incomplete document). */
    TRUNCATED_JSON,
    /** 200 with a body that is not JSON at all. */
    INVALID_JSON,
    /** 200 with JSON of the wrong shape (an object where a list belongs). */
    WRONG_SHAPE,
    /** 404 Not Found. */
    NOT_FOUND
}
