package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** The two accounts cannot be merged (other school or role, the same account, or not active). */
public class AccountsNotMergeableException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public AccountsNotMergeableException(String problem) {
        super(MergeErrorCode.NOT_MERGEABLE, problem);
    }
}
