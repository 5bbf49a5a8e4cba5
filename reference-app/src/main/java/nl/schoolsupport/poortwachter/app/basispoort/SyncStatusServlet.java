package nl.schoolsupport.poortwachter.app.basispoort;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.Injector;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.sync.NightlySync;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncScope;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.TileChecklist;

/**
 * {@code /beheer/synchronisatie} (permission {@code sync:view}): for the school's ICT coordinator and administrator
 * the answer to "the Bareka tile is not visible": is the toggle for Uitgeverij Schoolsupport on, since when, when
 * did the last synchronisation run, how many users came. An ICT coordinator can synchronise the school now.
 */
@Singleton
public final class SyncStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SyncStatusServlet.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private final transient Pages pages;
    private final transient SyncStatusService status;
    private final transient SyncJob job;
    private final transient Injector injector;

    @Inject
    SyncStatusServlet(Pages pages, SyncStatusService status, SyncJob job, Injector injector) {
        this.pages = pages;
        this.status = status;
        this.job = job;
        this.injector = injector;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, Map.of());
    }

    /** "Nu synchroniseren" for the own school: what the night would do, now. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        if (!me.has(AccountFlag.ICT_COORDINATOR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            SyncReport report = job.run(SyncScope.school(me.school()), SyncProgress.NONE);
            show(request, response, Map.of("syncedNow", true, "syncFailed", report.failed() > 0 || report.feedsError().isPresent()));
        } catch (PoortwachterException e) {
            LOG.info("Synchronising {} on request failed: {}", me.school().asText(), e.getMessage());
            show(request, response, Map.of("syncedNow", true, "syncFailed", true, "errorReference", e.errorCode().code()));
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Map<String, Object> extra) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        Locale locale = pages.locale(request, response);
        TileChecklist checklist = status.checklist(me.school());
        Map<String, Object> model = new HashMap<>(extra);
        model.put("checklist", checklist);
        model.put("items", checklist.items().stream()
                .map(i -> Map.of("question", i.question(locale), "text", i.text(locale), "verdict", i.verdict().name().toLowerCase(Locale.ROOT)))
                .toList());
        model.put("overall", checklist.overall().name().toLowerCase(Locale.ROOT));
        model.put("statuses", checklist.statuses().stream().map(s -> Map.of(
                "label", s.label(),
                "permission", s.permission().name(),
                "grantedOn", s.permissionGrantedOn().map(Object::toString).orElse("—"),
                "withdrawnOn", s.permissionWithdrawnOn().map(Object::toString).orElse("—"),
                "lastAttempt", s.lastAttemptAt().map(WHEN::format).orElse("—"),
                "lastSuccess", s.lastSuccessAt().map(WHEN::format).orElse("—"),
                "pupils", s.counts().pupils(), "staff", s.counts().staff(), "groups", s.counts().groups(),
                "lastError", s.lastErrorCode().orElse(""))).toList());
        model.put("nextRun", nextRun().map(WHEN::format).orElse("—"));
        model.put("canSync", me.has(AccountFlag.ICT_COORDINATOR));
        pages.render(request, response, HttpServletResponse.SC_OK, "sync-status", model);
    }

    private Optional<java.time.Instant> nextRun() {
        return injector.getExistingBinding(com.google.inject.Key.get(NightlySync.class)) == null ? Optional.empty()
                : Optional.of(injector.getInstance(NightlySync.class).nextRun());
    }
}
