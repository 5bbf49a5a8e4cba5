package nl.schoolsupport.poortwachter.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the login page shows, filled by the features that are switched on: notices at the top, and which
 * login choices are available. Each feature binds a {@link LoginPageContribution}.
 */
public final class LoginPageModel {

    private final Locale locale;
    private final List<NoticeView> notices = new ArrayList<>();
    private final Map<String, Boolean> choices = new LinkedHashMap<>();

    LoginPageModel(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public void addNotice(NoticeView notice) {
        notices.add(notice);
    }

    public void enable(String choice) {
        choices.put(choice, true);
    }

    public List<NoticeView> getNotices() {
        return notices;
    }

    public boolean isEnabled(String choice) {
        return choices.getOrDefault(choice, false);
    }

    /** A notice as shown: severity ({@code info}, {@code warning}), title and body in the page's language. */
    public record NoticeView(String severity, String title, String body) {
    }

    /** A feature's part of the login page. */
    @FunctionalInterface
    public interface LoginPageContribution {
        void contribute(LoginPageModel page, jakarta.servlet.http.HttpServletRequest request);
    }
}
