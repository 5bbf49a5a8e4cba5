package nl.schoolsupport.poortwachter.app.basispoort;

import java.util.Optional;

import com.google.inject.Injector;
import com.google.inject.Module;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.basispoort.BasispoortSyncConfig;
import nl.schoolsupport.poortwachter.basispoort.BasispoortSyncModule;
import nl.schoolsupport.poortwachter.basispoort.DemoBasispoortSyncModule;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncSchedule;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;

/**
 * Which Basispoort directory the app synchronises with: the real REST API when {@code basispoort.rest-base-url}
 * and the client certificate are configured, else the built-in demo service (mutual TLS on loopback, generated
 * keys), which a fresh demo app synchronises once right after start so the tile works at once.
 */
public final class BasispoortWiring {

    private static final Logger LOG = LoggerFactory.getLogger(BasispoortWiring.class);

    private BasispoortWiring() {
    }

    public static boolean usesDemo(AppConfig config) {
        return !BasispoortSyncConfig.isConfigured(config.settings()::get);
    }

    /** The sync module; with the demo service, the one whose directory the demo IdP's users come from. */
    public static Module syncModule(AppConfig config, Optional<DemoBasispoortService> demo) {
        return demo.<Module>map(DemoBasispoortSyncModule::new)
                .orElseGet(() -> new BasispoortSyncModule(BasispoortSyncConfig.fromProperties(config.settings()::get)));
    }

    /** DEMO: the built-in Basispoort REST service (its keys and CA are generated when the lifecycle starts it). */
    public static Optional<DemoBasispoortService> demoService(AppConfig config) {
        return config.basispoortEnabled() && config.demoEnabled() && usesDemo(config) ? Optional.of(new DemoBasispoortService())
                : Optional.empty();
    }

    public static SyncSchedule schedule(AppConfig config) {
        return SyncSchedule.parse("basispoort.sync-time", config.settings().get("basispoort.sync-time").orElse(null),
                "basispoort.sync-zone", config.settings().get("basispoort.sync-zone").orElse(null));
    }

    /** DEMO only: the first start imports the demo directory in the background (later starts leave it to the night). */
    public static void firstDemoSync(AppConfig config, Injector injector) {
        boolean wanted = config.settings().getBoolean("demo.initial-sync", config.demoData() && usesDemo(config));
        if (!wanted || !config.basispoortEnabled() || !usesDemo(config)
                || !injector.getInstance(SyncStatusService.class).statuses().isEmpty()) {
            return;
        }
        Thread sync = new Thread(() -> {
            try {
                SyncReport report = injector.getInstance(SyncJob.class).runAll(SyncProgress.NONE);
                LOG.info("Demo Basispoort directory synchronised: {} schools, {} failed", report.succeeded(), report.failed());
            } catch (RuntimeException e) {
                LOG.warn("First demo synchronisation failed: {}; run sync-now to retry", e.getMessage());
            }
        }, "demo-sync");
        sync.setDaemon(true);
        sync.start();
    }
}
