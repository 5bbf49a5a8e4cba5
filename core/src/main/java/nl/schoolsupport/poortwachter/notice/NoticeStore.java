package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The editable notices (product updates, maintenance). Retired notices are kept for the record and never
 * shown again. The shipped implementation is {@link JdbcNoticeStore}; edit through {@link ProductUpdateService}.
 */
public interface NoticeStore {

    /** @throws NoticeException {@link NoticeErrorCode#DUPLICATE_NOTICE} when the id is taken (also by a retired one) */
    void create(Notice notice);

    /** Replaces the content of a stored, not retired notice. @throws NoticeException UNKNOWN_NOTICE otherwise */
    void update(Notice notice);

    /** Marks the notice retired at {@code at}; false if there is no such (unretired) notice. */
    boolean retire(String id, Instant at);

    Optional<StoredNotice> find(String id);

    /** Every stored notice, retired ones included, newest first. */
    List<StoredNotice> all();

    /** Unretired notices active at {@code now}, for everyone plus those of {@code school}. */
    List<Notice> active(Instant now, Optional<SchoolKey> school);
}
