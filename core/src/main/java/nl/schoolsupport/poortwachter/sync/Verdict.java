package nl.schoolsupport.poortwachter.sync;

/** How a checklist item came out; declared from good to bad, so the worst is the maximum. */
public enum Verdict {
    OK,
    /** Nothing wrong, but not there yet (permission granted today; data comes tonight). */
    WAITING,
    WARNING,
    PROBLEM
}
