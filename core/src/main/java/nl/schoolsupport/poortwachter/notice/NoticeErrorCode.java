package nl.schoolsupport.poortwachter.notice;

import nl.schoolsupport.poortwachter.error.ErrorCode;

/** Error codes of the notices. Documented in {@code docs/notices.md}. */
public enum NoticeErrorCode implements ErrorCode {
    /** A notice breaks a rule (blank Dutch title, end before start, id with odd characters, ...). */
    INVALID_NOTICE("PW-NOTICE-001"),
    /** Update or retire of a notice id that is not stored. */
    UNKNOWN_NOTICE("PW-NOTICE-002"),
    /** Create with an id that is already stored. */
    DUPLICATE_NOTICE("PW-NOTICE-003"),
    /** A notice file could not be read or parsed; nothing of it was stored. */
    INVALID_NOTICE_FILE("PW-NOTICE-004");

    private final String code;

    NoticeErrorCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
