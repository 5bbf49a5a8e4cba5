package nl.schoolsupport.poortwachter.app.beheer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.pupilcode.IssuedPupilCode;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService.PupilLogin;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * Beheer for teachers (Shiro: permission {@code pupils:manage}): the school's pupils per group, adding a
 * pupil, creating or renewing a pupil's own code, deactivating it, and printable login cards per group.
 * A new password is shown exactly once, on the card page; only its Argon2id hash is stored.
 */
@Singleton
public final class BeheerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BeheerServlet.class);
    private static final Pattern PUPIL_ACTION = Pattern.compile("/beheer/leerlingen/([0-9a-f-]{36})/(code|deactiveren)");

    private final transient Pages pages;
    private final transient PupilCodeService codes;
    private final transient AccountStore store;

    @Inject
    BeheerServlet(Pages pages, PupilCodeService codes, AccountStore store) {
        this.pages = pages;
        this.codes = codes;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/beheer".equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        showOverview(request, response, HttpServletResponse.SC_OK, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal teacher = Pages.currentPrincipal().orElseThrow();
        String path = request.getRequestURI();
        try {
            Matcher action = PUPIL_ACTION.matcher(path);
            if (path.equals("/beheer/leerlingen")) {
                addPupil(teacher, request, response);
            } else if (path.equals("/beheer/kaarten")) {
                loginCards(teacher, request, response);
            } else if (action.matches() && action.group(2).equals("code")) {
                IssuedPupilCode code = codes.issue(teacher, AccountId.parse(action.group(1)));
                showCards(request, response, List.of(card(code)));
            } else if (action.matches()) {
                codes.deactivate(teacher, AccountId.parse(action.group(1)));
                redirect(response, "/beheer?gedeactiveerd=1");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (PoortwachterException e) {
            LOG.info("Beheer action refused: {}", e.getMessage());
            showOverview(request, response, HttpServletResponse.SC_BAD_REQUEST, Map.of("errorReference", e.errorCode().code()));
        }
    }

    private void addPupil(AccountPrincipal teacher, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PersonName name = PersonName.of(request.getParameter("firstName"), request.getParameter("infix"),
                request.getParameter("lastName"));
        codes.addPupil(teacher, name, request.getParameter("group"));
        redirect(response, "/beheer?toegevoegd=1");
    }

    /** Issues codes for the pupils of one group that have none yet (or for all of them, when asked) and shows the cards. */
    private void loginCards(AccountPrincipal teacher, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String group = request.getParameter("group");
        boolean renewAll = "1".equals(request.getParameter("alle"));
        List<Map<String, Object>> cards = new ArrayList<>();
        for (PupilLogin pupil : codes.pupilsOf(teacher)) {
            boolean inGroup = pupil.pupil().group().orElse("").equals(group == null ? "" : group);
            if (inGroup && pupil.pupil().status() == AccountStatus.ACTIVE && (renewAll || pupil.username().isEmpty())) {
                cards.add(card(codes.issue(teacher, pupil.pupil().id())));
            }
        }
        showCards(request, response, cards);
    }

    private Map<String, Object> card(IssuedPupilCode code) {
        Map<String, Object> card = new HashMap<>();
        card.put("username", code.username());
        card.put("password", code.password());
        store.findAccount(code.account()).ifPresent(a -> {
            card.put("name", a.name().displayName());
            card.put("group", a.group().orElse(""));
        });
        return card;
    }

    private void showCards(HttpServletRequest request, HttpServletResponse response, List<Map<String, Object>> cards)
            throws IOException {
        pages.render(request, response, HttpServletResponse.SC_OK, "beheer-cards", Map.of("cards", cards));
    }

    private void showOverview(HttpServletRequest request, HttpServletResponse response, int status, Map<String, Object> extra)
            throws IOException {
        AccountPrincipal teacher = Pages.currentPrincipal().orElseThrow();
        Map<String, List<PupilLogin>> byGroup = new LinkedHashMap<>();
        for (PupilLogin pupil : codes.pupilsOf(teacher)) {
            byGroup.computeIfAbsent(pupil.pupil().group().orElse("—"), g -> new ArrayList<>()).add(pupil);
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("groups", byGroup);
        model.put("school", store.findSchool(teacher.school()).orElse(null));
        model.put("added", request.getParameter("toegevoegd") != null);
        model.put("deactivated", request.getParameter("gedeactiveerd") != null);
        pages.render(request, response, status, "beheer", model);
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
