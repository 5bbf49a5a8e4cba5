package nl.schoolsupport.poortwachter.merge.cli;

import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.merge.MergeErrorCode;

/** A merge-preview failure with the exit code it ends the process with. */
public final class PreviewFailure extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    PreviewFailure(MergeErrorCode code, int exitCode, String message) {
        super(code, message);
        this.exitCode = exitCode;
    }

    PreviewFailure(MergeErrorCode code, int exitCode, String message, Throwable cause) {
        super(code, message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    static PreviewFailure badArguments(String message) {
        return new PreviewFailure(MergeErrorCode.BAD_ARGUMENTS, MergePreviewCommand.EXIT_USAGE, message);
    }

    static PreviewFailure badInput(String message) {
        return new PreviewFailure(MergeErrorCode.MALFORMED_CSV, MergePreviewCommand.EXIT_INPUT, message);
    }

    static PreviewFailure output(String message, Throwable cause) {
        return new PreviewFailure(MergeErrorCode.OUTPUT_FAILED, MergePreviewCommand.EXIT_OUTPUT, message, cause);
    }
}
