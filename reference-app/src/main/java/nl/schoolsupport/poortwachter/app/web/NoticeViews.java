package nl.schoolsupport.poortwachter.app.web;

import java.util.Locale;

import nl.schoolsupport.poortwachter.app.web.LoginPageModel.NoticeView;
import nl.schoolsupport.poortwachter.notice.Notice;
import nl.schoolsupport.poortwachter.notice.NoticeSeverity;

/** A notice in the page's language, with the CSS class for its severity. */
final class NoticeViews {

    private NoticeViews() {
    }

    static NoticeView of(Notice notice, Locale locale) {
        String severity = notice.severity() == NoticeSeverity.INFO ? "info" : "warning";
        return new NoticeView(severity, notice.title().in(locale), notice.body().in(locale));
    }
}
