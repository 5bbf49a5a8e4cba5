package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.notice.NoticeService;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * {@code GET /leraar}: the teacher area: the school and its administrator (contact person), plus what the
 * features add (licence status, Beheer links) through {@link TeacherHomeContribution}s.
 */
@Singleton
public final class TeacherHomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Pages pages;
    private final transient AccountStore store;
    private final transient Set<TeacherHomeContribution> contributions;
    private final transient NoticeService notices;

    @Inject
    TeacherHomeServlet(Pages pages, AccountStore store, Set<TeacherHomeContribution> contributions, NoticeService notices) {
        this.pages = pages;
        this.notices = notices;
        this.store = store;
        this.contributions = contributions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        Map<String, Object> model = new HashMap<>();
        Optional<School> school = store.findSchool(me.school());
        model.put("school", school.orElse(null));
        school.flatMap(School::administrator).ifPresent(admin -> model.put("administrator", admin));
        model.put("notices", notices.forSchool(me.school()).stream()
                .map(n -> NoticeViews.of(n, pages.locale(request, response))).toList());
        model.put("ictCoordinator", me.has(nl.schoolsupport.poortwachter.account.AccountFlag.ICT_COORDINATOR));
        for (TeacherHomeContribution c : contributions) {
            c.contribute(me, model);
        }
        pages.render(request, response, HttpServletResponse.SC_OK, "teacher-home", model);
    }

    /** A feature's part of the teacher home page (e.g. the licence status), added to the template model. */
    @FunctionalInterface
    public interface TeacherHomeContribution {
        void contribute(AccountPrincipal teacher, Map<String, Object> model);
    }
}
