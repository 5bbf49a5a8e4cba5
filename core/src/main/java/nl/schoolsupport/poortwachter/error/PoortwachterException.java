package nl.schoolsupport.poortwachter.error;

import java.util.Objects;

/**
 * Base of every exception Poortwachter throws on purpose. Unchecked, one subclass per meaning, always
 * with an {@link ErrorCode}. Messages say what was expected, what came and what to do, and never
 * contain passwords or personal data: they are written to logs as they are.
 */
public class PoortwachterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;

    public PoortwachterException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public PoortwachterException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    @Override
    public String getMessage() {
        return "[" + errorCode.code() + "] " + super.getMessage();
    }

    /** The first {@link PoortwachterException} in the cause chain, e.g. below Shiro's wrapping. */
    public static java.util.Optional<PoortwachterException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof PoortwachterException pe) {
                return java.util.Optional.of(pe);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }
}
