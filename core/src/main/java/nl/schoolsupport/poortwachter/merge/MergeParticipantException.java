package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** A merge participant failed; the merge (or undo) was rolled back as a whole. */
public class MergeParticipantException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public MergeParticipantException(String participantId, String step, Throwable cause) {
        super(MergeErrorCode.PARTICIPANT_FAILED, "merge participant '" + participantId + "' failed during " + step + " ("
                + cause.getClass().getSimpleName() + "); nothing was changed", cause);
    }
}
