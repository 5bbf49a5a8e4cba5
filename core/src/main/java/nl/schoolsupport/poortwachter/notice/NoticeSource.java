package nl.schoolsupport.poortwachter.notice;

import java.util.List;

/**
 * A supplier of notices: licence facts, the notices table, or an integrator's own (a status page, a CMS).
 * Add one with {@link NoticeModule#noticeSources(com.google.inject.Binder)}{@code .addBinding().to(...)}.
 *
 * <p>Called on every login page view (through {@link NoticeService}'s short cache): be quick, do no remote
 * calls without a timeout, and return only notices that are active at {@link NoticeQuery#now()}. A source
 * that throws is logged and skipped; the login page is shown without its notices.
 */
public interface NoticeSource {

    /** Short stable name for logs, e.g. {@code licence} or {@code stored}. */
    String id();

    /** The notices for everyone, plus those for {@link NoticeQuery#school()} when present. */
    List<Notice> notices(NoticeQuery query);
}
