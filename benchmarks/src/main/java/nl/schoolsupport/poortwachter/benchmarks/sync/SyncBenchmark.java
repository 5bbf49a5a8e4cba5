package nl.schoolsupport.poortwachter.benchmarks.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nl.schoolsupport.poortwachter.basispoort.BasispoortSyncConfig;
import nl.schoolsupport.poortwachter.basispoort.BasispoortSyncModule;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.privacy.AesGcmDataProtector;
import nl.schoolsupport.poortwachter.sync.SchoolOutcome;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;

/**
 * Times the Basispoort synchronisation end to end: {@code -schools} × {@code -users} from the demo REST service
 * (HTTPS with client certificates, on this machine) through the production client (PEM files) into H2 (a file
 * database, as the reference app uses) and/or PostgreSQL. Three runs per database: the first import, a second run
 * with nothing changed, and a run after 5% of the pupils left and 5% moved group. Not a unit test; run it with
 * {@code mvn -B -q -pl benchmarks -am -DskipTests package -Pbench-sync}. Results go in docs/performance.md.
 */
public final class SyncBenchmark {

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("-schools", "1000", "-users", "400", "-db", "both", "-workers", "2"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int schools = Integer.parseInt(options.get("-schools"));
        int users = Integer.parseInt(options.get("-users"));
        String databases = options.get("-db");
        int workers = Integer.parseInt(options.get("-workers"));
        System.out.printf(Locale.ROOT, "Basispoort sync benchmark: %d schools x %d users, %d workers, %d cores, Java %s%n",
                schools, users, workers, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        List<String> results = new ArrayList<>();
        for (String db : databases.equals("both") ? List.of("h2", "postgres") : List.of(databases)) {
            Path work = Files.createTempDirectory("pw-sync-bench");
            DatabaseConfig config = db.equals("h2")
                    ? DatabaseConfig.of("jdbc:h2:file:" + work.resolve("bench").toAbsolutePath(), "sa", "")
                    : postgres();
            results.addAll(run(db, config, schools, users, workers, work));
        }
        System.out.println();
        System.out.println("| database | run | schools | users | failed | time |");
        System.out.println("|---|---|---|---|---|---|");
        results.forEach(System.out::println);
    }

    private static List<String> run(String name, DatabaseConfig config, int schools, int users, int workers, Path work)
            throws SQLException {
        LocalDate today = LocalDate.now();
        long generating = System.nanoTime();
        DemoDirectory directory = DemoDirectory.generated(schools, users, 42, today.minusDays(1));
        System.out.printf(Locale.ROOT, "[%s] generated %d users in %d ms%n", name, schools * users,
                (System.nanoTime() - generating) / 1_000_000);
        DemoBasispoortService service = new DemoBasispoortService(directory, 0, List.of("TLSv1.2"), Clock.systemUTC());
        service.start();
        List<String> rows = new ArrayList<>();
        try {
            DemoBasispoortService.Credentials files = service.writeCredentials(work.resolve("credentials"));
            Map<String, String> properties = Map.of(
                    "basispoort.rest-base-url", files.baseUrl().toString(),
                    "basispoort.client-cert", files.clientCert().toString(),
                    "basispoort.client-key", files.clientKey().toString(),
                    "basispoort.trust-cert", files.trustCert().toString(),
                    "basispoort.sync-workers", String.valueOf(workers));
            BasispoortSyncConfig basispoort = BasispoortSyncConfig.fromProperties(k -> Optional.ofNullable(properties.get(k)));
            Injector injector = Guice.createInjector(new PoortwachterModule(),
                    new JdbcStoreModule(config, AesGcmDataProtector.generateSecret()), new BasispoortSyncModule(basispoort));
            try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
                SyncJob job = injector.getInstance(SyncJob.class);
                rows.add(timed(name, "first import", job, schools, injector));
                rows.add(timed(name, "no changes", job, schools, injector));
                Random random = new Random(7);
                int changed = 0;
                for (int s = 0; s < schools; s++) {
                    long id = 100_000L + s;
                    for (int u = users / 20; u < users; u++) {
                        int roll = random.nextInt(100);
                        if (roll < 5) {
                            directory.removeUser(id, id * 10_000 + u);
                            changed++;
                        } else if (roll < 10) {
                            directory.movePupil(id, id * 10_000 + u, "G" + (1 + random.nextInt(8)));
                            changed++;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "[%s] changed %d pupils (left or moved group)%n", name, changed);
                rows.add(timed(name, "5% left, 5% moved", job, schools, injector));
            }
        } finally {
            service.close();
        }
        return rows;
    }

    private static String timed(String name, String label, SyncJob job, int schools, Injector injector) throws SQLException {
        long start = System.nanoTime();
        SyncReport report = job.runAll(new SyncProgress() {
            @Override
            public void schoolFinished(int done, int total, SchoolOutcome outcome) {
                if (done % 100 == 0 || done == total || !outcome.succeeded()) {
                    System.out.printf(Locale.ROOT, "[%s] %s: %d/%d %s%n", name, label, done, total,
                            outcome.succeeded() ? "" : outcome.summary());
                }
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long accounts = count(injector.getInstance(Database.class), "select count(*) from pw_account");
        if (report.outcomes().size() != schools) {
            throw new IllegalStateException("expected " + schools + " schools, the run did " + report.outcomes().size());
        }
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d min %02d.%01d s |", name, label, report.succeeded(),
                accounts, report.failed(), took.toMinutes(), took.toSecondsPart(), took.toMillisPart() / 100);
    }

    private static long count(Database db, String sql) {
        return db.run("count", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A fresh database on the local PostgreSQL (as the tests find it: POORTWACHTER_TEST_POSTGRES_URL). */
    private static DatabaseConfig postgres() throws SQLException {
        String admin = System.getenv().getOrDefault("POORTWACHTER_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=poortwachter&password=poortwachter");
        String name = "pw_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        }
        return DatabaseConfig.of(admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), "", "");
    }
}
