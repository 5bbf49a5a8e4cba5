package nl.schoolsupport.poortwachter.error;

/** A value handed to the library (configuration, a form field, a CSV cell) breaks a documented rule. */
public class InvalidInputException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(CoreErrorCode.INVALID_INPUT, message);
    }
}
