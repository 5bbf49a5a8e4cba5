package nl.schoolsupport.poortwachter.app.merge;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.app.web.Pages;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.merge.AccountsNotMergeableException;
import nl.schoolsupport.poortwachter.merge.MergeActor;
import nl.schoolsupport.poortwachter.merge.MergeConflictException;
import nl.schoolsupport.poortwachter.merge.MergeId;
import nl.schoolsupport.poortwachter.merge.MergeNotAllowedException;
import nl.schoolsupport.poortwachter.merge.MergeProposals;
import nl.schoolsupport.poortwachter.merge.MergeRecord;
import nl.schoolsupport.poortwachter.merge.MergeService;
import nl.schoolsupport.poortwachter.merge.UndoNotPossibleException;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * The ICT coordinator's merge screen: automatic merges done (with undo), old accounts waiting with their best
 * suggestions side by side (name, group, number of results), a search to pick any imported account by hand, a
 * confirmation page before every merge, and the history with undo. Forms only, no script: keyboard-usable.
 */
@Singleton
public final class MergeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MergeServlet.class);

    private final transient Pages pages;
    private final transient MergeService merges;
    private final transient AccountStore store;

    @Inject
    MergeServlet(Pages pages, MergeService merges, AccountStore store) {
        this.pages = pages;
        this.merges = merges;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        try {
            switch (request.getRequestURI()) {
                case "/beheer/samenvoegen" -> overview(request, response, me, HttpServletResponse.SC_OK, Map.of());
                case "/beheer/samenvoegen/bevestigen" -> confirm(request, response, me);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (PoortwachterException e) {
            refused(request, response, me, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AccountPrincipal me = Pages.currentPrincipal().orElseThrow();
        MergeActor actor = MergeActor.coordinator(me);
        try {
            switch (request.getRequestURI()) {
                case "/beheer/samenvoegen/uitvoeren" -> {
                    merges.merge(AccountId.parse(request.getParameter("oud")), version(request, "oudVersie"),
                            AccountId.parse(request.getParameter("nieuw")), version(request, "nieuwVersie"), actor,
                            "samengevoegd door de ICT-coördinator");
                    redirect(response, "/beheer/samenvoegen?klaar=samengevoegd");
                }
                case "/beheer/samenvoegen/automatisch" -> {
                    int done = merges.autoMerge(me.school(), actor).size();
                    redirect(response, "/beheer/samenvoegen?klaar=automatisch&aantal=" + done);
                }
                case "/beheer/samenvoegen/ongedaan" -> {
                    merges.undo(MergeId.parse(request.getParameter("merge")), actor,
                            "ongedaan gemaakt door de ICT-coördinator");
                    redirect(response, "/beheer/samenvoegen?klaar=ongedaan");
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException | NullPointerException malformed) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (PoortwachterException e) {
            refused(request, response, me, e);
        }
    }

    private void overview(HttpServletRequest request, HttpServletResponse response, AccountPrincipal me, int status,
            Map<String, Object> extra) throws IOException {
        Locale locale = pages.locale(request, response);
        MergeProposals proposals = merges.proposals(me.school());
        Map<String, Object> model = new HashMap<>(extra);
        model.put("proposals", proposals);
        model.put("holdTexts", holdTexts(locale));
        List<MergeRecord> history = merges.history(me.school());
        model.put("automaticDone", history.stream().filter(r -> r.automatic() && !r.undone()).map(this::row).toList());
        model.put("history", history.stream().map(this::row).toList());
        model.put("done", Optional.ofNullable(request.getParameter("klaar")).orElse(""));
        model.put("count", Optional.ofNullable(request.getParameter("aantal")).orElse(""));
        String query = Optional.ofNullable(request.getParameter("zoek")).map(String::strip).orElse("");
        String searchFor = Optional.ofNullable(request.getParameter("voor")).orElse("");
        model.put("query", query);
        model.put("searchFor", searchFor);
        model.put("searchResults", query.isEmpty() ? List.of() : proposals.searchImported(query));
        pages.render(request, response, status, "merge", model);
    }

    /** One row of the history: both accounts by name (they may have changed since), with the record. */
    private Map<String, Object> row(MergeRecord record) {
        Map<String, Object> row = new HashMap<>();
        row.put("record", record);
        row.put("absorbed", store.findAccount(record.absorbed()).orElse(null));
        row.put("survivor", store.findAccount(record.survivor()).orElse(null));
        return row;
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response, AccountPrincipal me) throws IOException {
        Optional<Account> legacy = ownAccount(me, request.getParameter("oud"));
        Optional<Account> imported = ownAccount(me, request.getParameter("nieuw"));
        if (legacy.isEmpty() || imported.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<AccountId, Long> counts = merges.dataCounts(List.of(legacy.get().id(), imported.get().id()));
        pages.render(request, response, HttpServletResponse.SC_OK, "merge-confirm", Map.of("legacy", legacy.get(), "imported",
                imported.get(), "legacyCount", counts.getOrDefault(legacy.get().id(), 0L), "importedCount",
                counts.getOrDefault(imported.get().id(), 0L)));
    }

    private Optional<Account> ownAccount(AccountPrincipal me, String id) {
        try {
            return id == null ? Optional.empty() : store.findAccount(AccountId.parse(id)).filter(a -> a.school().equals(me.school()));
        } catch (PoortwachterException e) {
            return Optional.empty();
        }
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AccountPrincipal me, PoortwachterException e)
            throws IOException {
        LOG.info("Merge action refused: {}", e.getMessage());
        int status = e instanceof MergeNotAllowedException ? 403
                : e instanceof MergeConflictException || e instanceof UndoNotPossibleException ? 409
                : e instanceof AccountsNotMergeableException ? 400 : 404;
        overview(request, response, me, status, Map.of("errorReference", e.errorCode().code(), "errorKey",
                status == 409 ? "merge.error.conflict" : status == 403 ? "merge.error.forbidden" : "merge.error.refused"));
    }

    private static OptionalLong version(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
    }

    private Map<String, String> holdTexts(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (var reason : nl.schoolsupport.poortwachter.merge.matching.HoldReason.values()) {
            texts.put(reason.name(), pages.templates().messages().text(locale, "merge.hold." + reason.name()));
        }
        return texts;
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

}
