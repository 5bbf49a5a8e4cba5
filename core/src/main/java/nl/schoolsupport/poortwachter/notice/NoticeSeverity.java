package nl.schoolsupport.poortwachter.notice;

/** How prominent a notice is; notices are listed most severe first. Declared in increasing order. */
public enum NoticeSeverity {
    INFO,
    WARNING,
    CRITICAL
}
