package nl.schoolsupport.poortwachter.benchmarks.login;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.app.ReferenceApp;
import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.Settings;
import nl.schoolsupport.poortwachter.pupilcode.Argon2Parameters;
import nl.schoolsupport.poortwachter.pupilcode.Argon2idHasher;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * Real HTTP pupil-code logins against the reference app (Jetty, Shiro, H2, Argon2id with OWASP parameters):
 * each login is {@code GET /} (session + CSRF token) then {@code POST /login/pupil}. Three scenarios:
 * sustained throughput (closed loop) against the hash-bound limit, 200 logins arriving over 10 s (latency),
 * and a burst of 1,000 at once (queueing and heap growth). Client and server share the JVM and the 2 cores,
 * so the figures are conservative.
 * {@code java -cp benchmarks/target/benchmarks.jar nl.schoolsupport.poortwachter.benchmarks.login.PupilLoginLoad}
 */
public final class PupilLoginLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("PWSESSION=([^;]+)");
    private static final int PUPILS = 200;
    private static final String PASSWORD = "tijger417boom";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final AtomicInteger next = new AtomicInteger();

    private PupilLoginLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        double hashMillis = hashMillis();
        int cores = Runtime.getRuntime().availableProcessors();
        double hashBoundPerSecond = cores * 1000.0 / hashMillis;
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Files.createTempDirectory("poortwachter-load");
        AppConfig config = AppConfig.from(new Settings(Map.of("http.port", String.valueOf(port), "public-base-url",
                "http://127.0.0.1:" + port, "data-dir", data.toString(), "demo.data", "false", "demo.initial-sync", "false"), Map.of(), Map.of()));
        try (ReferenceApp app = ReferenceApp.boot(config)) {
            seedPupils(app);
            app.serve();
            PupilLoginLoad load = new PupilLoginLoad("http://127.0.0.1:" + port);
            load.warmUp();
            System.out.printf("Argon2id (m=19 MiB, t=2, p=1) single hash: %.1f ms; %d cores -> hash-bound limit %.1f logins/s%n",
                    hashMillis, cores, hashBoundPerSecond);
            load.sustained(Duration.ofSeconds(20), 2 * cores + 4, hashBoundPerSecond);
            load.arrivals(200, Duration.ofSeconds(10));
            load.burst(1000);
        }
        System.exit(0);
    }

    private static double hashMillis() {
        Argon2idHasher hasher = new Argon2idHasher(Argon2Parameters.OWASP_MINIMUM);
        String stored = hasher.hash(PASSWORD.toCharArray());
        for (int i = 0; i < 10; i++) {
            hasher.verify(PASSWORD.toCharArray(), stored);
        }
        int n = 40;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hasher.verify(PASSWORD.toCharArray(), stored);
        }
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private static void seedPupils(ReferenceApp app) {
        AccountStore store = app.injector().getInstance(AccountStore.class);
        PupilCodeService codes = app.injector().getInstance(PupilCodeService.class);
        School school = store.saveSchool(School.of(SchoolKey.brin("99ZZ00"), "Loadtestschool", Country.NL));
        for (int i = 0; i < PUPILS; i++) {
            Account pupil = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Kind", "", "Nummer" + i), "groep 5"));
            codes.issueWithPassword(pupil.id(), "kind" + i, PASSWORD.toCharArray());
        }
    }

    private void warmUp() {
        List<CompletableFuture<Long>> warm = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            warm.add(login());
        }
        warm.forEach(CompletableFuture::join);
    }

    /** One login; completes with its latency in nanoseconds, or -1 if it did not end on the pupil page. */
    private CompletableFuture<Long> login() {
        long start = System.nanoTime();
        String username = "kind" + Math.floorMod(next.getAndIncrement(), PUPILS);
        return client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .thenCompose(page -> {
                    Matcher csrf = CSRF.matcher(page.body());
                    Matcher session = SESSION.matcher(String.join(";", page.headers().allValues("Set-Cookie")));
                    if (!csrf.find() || !session.find()) {
                        return CompletableFuture.completedFuture(-1L);
                    }
                    String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + username + "&password=" + PASSWORD;
                    HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/login/pupil"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "PWSESSION=" + session.group(1))
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    return client.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                            .thenApply(r -> r.statusCode() == 303 ? System.nanoTime() - start : -1L);
                });
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void sustained(Duration duration, int clients, double hashBound) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long r = login().join();
                    (r >= 0 ? ok : failed).incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double perSecond = ok.get() / (double) duration.toSeconds();
        double coresUsed = (processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - start);
        System.out.printf("Sustained (%d clients, %d s): %.1f logins/s = %.0f%% of the hash-bound limit; failures %d; "
                + "process used %.2f of %d cores%n", clients, duration.toSeconds(), perSecond, 100 * perSecond / hashBound,
                failed.get(), coresUsed, Runtime.getRuntime().availableProcessors());
    }

    private void arrivals(int count, Duration over) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<Long>> results = Collections.synchronizedList(new ArrayList<>());
        long intervalMicros = over.toNanos() / 1000 / count;
        for (int i = 0; i < count; i++) {
            CompletableFuture<Long> slot = new CompletableFuture<>();
            results.add(slot);
            scheduler.schedule(() -> login().whenComplete((r, e) -> slot.complete(e == null ? r : -1L)), i * intervalMicros,
                    TimeUnit.MICROSECONDS);
        }
        List<Long> latencies = results.stream().map(CompletableFuture::join).toList();
        scheduler.shutdown();
        report(String.format("%d logins over %d s", count, over.toSeconds()), latencies);
    }

    private void burst(int count) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 20,
                TimeUnit.MILLISECONDS);
        AtomicLong peakAfterGc = new AtomicLong(baseline);
        List<Runnable> unsubscribe = AfterGcHeap.watch(peakAfterGc);
        long start = System.nanoTime();
        ConcurrentLinkedQueue<CompletableFuture<Long>> all = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            all.add(login().exceptionally(e -> -1L));
        }
        List<Long> latencies = all.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdown();
        unsubscribe.forEach(Runnable::run);
        report(String.format("burst of %d at once (all done in %.1f s)", count, seconds), latencies);
        System.out.printf("  heap growth during the burst: live (after GC) +%d MB; used incl. garbage +%d MB (baseline %d MB, max %d MB)%n",
                (peakAfterGc.get() - baseline) >> 20, (peak.get() - baseline) >> 20, baseline >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private static void report(String scenario, List<Long> latencies) {
        List<Long> ok = latencies.stream().filter(l -> l >= 0).sorted().toList();
        long failed = latencies.size() - ok.size();
        if (ok.isEmpty()) {
            System.out.printf("%s: every login failed (%d)%n", scenario, failed);
            return;
        }
        System.out.printf("%s: p50 %.0f ms, p99 %.0f ms, max %.0f ms; failed %d%n", scenario, percentile(ok, 50),
                percentile(ok, 99), ok.get(ok.size() - 1) / 1e6, failed);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static {
        // keep the benchmark's own output readable
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

}
