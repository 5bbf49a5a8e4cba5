package nl.schoolsupport.poortwachter.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.schoolsupport.poortwachter.app.ReferenceApp;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.sync.SchoolOutcome;
import nl.schoolsupport.poortwachter.sync.SchoolSyncStatus;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncScope;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.sync.TileChecklist;

/**
 * {@code sync-now [--school BRIN]}: runs the Basispoort synchronisation now and prints progress;
 * {@code sync-status [--school BRIN]}: the helpdesk's view (statuses, or one school's "tile not visible" checklist).
 */
public final class SyncCommands {

    private SyncCommands() {
    }

    public static int syncNow(ReferenceApp app, List<String> args, PrintStream out, PrintStream err) {
        Optional<String> brin;
        try {
            brin = schoolOption(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        SyncScope scope = brin.map(SyncScope::brin).orElse(SyncScope.ALL);
        out.println("Synchronising " + scope.asText() + " ...");
        try {
            SyncReport report = app.injector().getInstance(SyncJob.class).run(scope, new PrintingProgress(out));
            out.printf("Done: %d schools synchronised, %d failed%s.%n", report.succeeded(), report.failed(),
                    report.feedsError().map(e -> "; permission feeds unreadable: " + e).orElse(""));
            return report.complete() ? 0 : 1;
        } catch (PoortwachterException e) {
            err.println("Synchronisation not started: " + e.getMessage());
            return 1;
        }
    }

    public static int syncStatus(ReferenceApp app, List<String> args, PrintStream out, PrintStream err) {
        SyncStatusService status = app.injector().getInstance(SyncStatusService.class);
        Optional<String> brin;
        try {
            brin = schoolOption(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (brin.isEmpty()) {
            status.feedsCheckedOn().ifPresent(d -> out.println("Permission feeds read up to " + d));
            for (SchoolSyncStatus s : status.statuses()) {
                out.printf("%-50s %-9s since %-10s last success %-24s pupils %4d staff %3d groups %3d %s%n", s.label(),
                        s.permission(), s.permissionGrantedOn().map(Object::toString).orElse("-"),
                        s.lastSuccessAt().map(Object::toString).orElse("never"), s.counts().pupils(), s.counts().staff(),
                        s.counts().groups(), s.lastErrorCode().orElse(""));
            }
            return 0;
        }
        TileChecklist checklist = status.checklist(SchoolKey.brin(brin.get()));
        Locale dutch = Locale.forLanguageTag("nl");
        out.println("Bareka-tegel niet zichtbaar? Checklist voor " + brin.get() + ": " + checklist.overall());
        checklist.items().forEach(i -> out.printf("  [%s] %s%n         %s%n", i.verdict(), i.question(dutch), i.text(dutch)));
        return 0;
    }

    private static Optional<String> schoolOption(List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (args.size() == 2 && args.get(0).equals("--school")) {
            SchoolKey.brin(args.get(1));
            return Optional.of(args.get(1));
        }
        throw new IllegalArgumentException("usage: [--school BRIN], e.g. --school 12AB00; got " + args);
    }

    /** One line per school, as they finish. */
    private static final class PrintingProgress implements SyncProgress {
        private final PrintStream out;

        PrintingProgress(PrintStream out) {
            this.out = out;
        }

        @Override
        public void runStarted(String runId, boolean resumed) {
            out.println(resumed ? "Resuming an interrupted run (" + runId + ")" : "Run " + runId);
        }

        @Override
        public void permissionsRead(int granted, int withdrawn) {
            out.printf("Permission feeds: %d granted, %d withdrawn%n", granted, withdrawn);
        }

        @Override
        public void permissionsFailed(String errorCode, String message) {
            out.printf("Permission feeds could not be read (%s): %s; continuing with the known schools%n", errorCode, message);
        }

        @Override
        public void schoolsPlanned(int total, int skipped) {
            out.printf("%d schools to synchronise%s%n", total, skipped > 0 ? " (" + skipped + " done before the interruption)" : "");
        }

        @Override
        public void schoolFinished(int done, int total, SchoolOutcome outcome) {
            out.printf("[%d/%d] %s%n", done, total, outcome.summary());
        }
    }
}
