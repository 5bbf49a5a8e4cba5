package nl.schoolsupport.poortwachter.benchmarks.login;

import java.io.IOException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.shiro.crypto.hash.Hash;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.lang.util.SimpleByteSource;

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
 * sustained throughput (closed loop, after a warm-up, in timed iterations like JMH) against the hash-bound
 * limit, 200 logins arriving over 10 s (latency), and a burst of 1,000 at once (queueing and heap growth).
 * Client and server share the JVM and the 2 cores, so the figures are conservative.
 * {@code java -cp benchmarks/target/benchmarks.jar nl.schoolsupport.poortwachter.benchmarks.login.PupilLoginLoad
 * [--warmup-seconds 120] [--iterations 3] [--iteration-seconds 20]}
 */
public final class PupilLoginLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("PWSESSION=([^;]+)");
    private static final int PUPILS = 200;
    private static final String PASSWORD = "tijger417boom";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final int port;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicInteger> failureReasons = new ConcurrentHashMap<>();

    private PupilLoginLoad(String base, int port) {
        this.base = base;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Duration warmUp = Duration.ofSeconds(longOption(args, "--warmup-seconds", 120));
        int iterations = (int) longOption(args, "--iterations", 3);
        Duration iteration = Duration.ofSeconds(longOption(args, "--iteration-seconds", 20));
        int cores = Runtime.getRuntime().availableProcessors();
        double shiroMillis = shiroHashMillis();
        double shiroLimit = cores * 1000.0 / shiroMillis;
        System.out.printf("Reference: Shiro's own Argon2id (Bouncy Castle, 19 MiB allocated per hash) %.1f ms per hash "
                + "-> %.1f logins/s on %d cores%n", shiroMillis, shiroLimit, cores);
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
            PupilLoginLoad load = new PupilLoginLoad("http://127.0.0.1:" + port, port);
            int clients = 2 * cores + 4;
            System.out.printf("Warm-up: %d s of logins (the JIT compiles the whole HTTP path only after thousands)%n",
                    warmUp.toSeconds());
            load.sustained(warmUp, clients);
            parallelHashesPerSecond(cores); // its own warm-up
            double sumOfRatios = 0;
            double sumOfParallelRatios = 0;
            for (int i = 1; i <= iterations; i++) {
                // both measured with the server idle, just before each iteration
                double hashMillis = hashMillis();
                double limit = cores * 1000.0 / hashMillis;
                double parallelPerSecond = parallelHashesPerSecond(cores);
                Sustained result = load.sustained(iteration, clients);
                double ratio = result.perSecond() / limit;
                sumOfRatios += ratio;
                sumOfParallelRatios += result.perSecond() / parallelPerSecond;
                System.out.printf("Iteration %d: single hash %.1f ms -> hash-bound limit %.1f logins/s (%d threads hashing "
                        + "without HTTP: %.1f/s); sustained (%d clients, %d s) %.1f logins/s = %.0f%% of the limit, %.0f%% of "
                        + "pure hashing, %.0f%% of Shiro's limit; failures %d; %.2f of %d cores busy, %.1f ms CPU per login%n",
                        i, hashMillis, limit, cores, parallelPerSecond, clients, iteration.toSeconds(), result.perSecond(),
                        100 * ratio, 100 * result.perSecond() / parallelPerSecond, 100 * result.perSecond() / shiroLimit,
                        result.failed(), result.coresBusy(), cores, result.coresBusy() * 1000 / result.perSecond());
                load.printFailureReasons();
            }
            System.out.printf("Sustained throughput: mean %.0f%% of the hash-bound limit (cores x single-hash rate), "
                    + "%.0f%% of what %d threads reach hashing alone, over %d iterations%n", 100 * sumOfRatios / iterations,
                    100 * sumOfParallelRatios / iterations, cores, iterations);
            load.arrivals(200, Duration.ofSeconds(10));
            load.burst(1000);
        }
        System.exit(0);
    }

    private static long longOption(String[] args, String name, long defaultValue) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1]);
            }
        }
        return defaultValue;
    }

    /** Our engine, as the server runs it: one thread, the rest of the machine idle. */
    private static double hashMillis() {
        Argon2idHasher hasher = new Argon2idHasher(Argon2Parameters.OWASP_MINIMUM);
        String stored = hasher.hash(PASSWORD.toCharArray());
        return millisPerCall(() -> hasher.verify(PASSWORD.toCharArray(), stored));
    }

    /**
     * The machine's real ceiling: one hashing thread per core, no HTTP. Below cores x single-hash rate, because
     * two memory-hard hashes at once compete for caches and memory bandwidth.
     */
    private static double parallelHashesPerSecond(int threads) throws InterruptedException {
        Argon2idHasher hasher = new Argon2idHasher(Argon2Parameters.OWASP_MINIMUM, threads);
        String stored = hasher.hash(PASSWORD.toCharArray());
        int perThread = 40;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    hasher.verify(PASSWORD.toCharArray(), stored);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return threads * perThread / ((System.nanoTime() - start) / 1e9);
    }

    /** The same stored hash verified by Shiro itself: Bouncy Castle's generator, as the issue measured it. */
    private static double shiroHashMillis() {
        String stored = new Argon2idHasher(Argon2Parameters.OWASP_MINIMUM).hash(PASSWORD.toCharArray());
        Hash hash = new Shiro2CryptFormat().parse(stored);
        return millisPerCall(() -> hash.matchesPassword(new SimpleByteSource(PASSWORD.toCharArray())));
    }

    private static double millisPerCall(BooleanSupplier verification) {
        for (int i = 0; i < 10; i++) {
            if (!verification.getAsBoolean()) {
                throw new IllegalStateException("the reference hash does not verify");
            }
        }
        int n = 30;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            verification.getAsBoolean();
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

    /** One login; completes with its latency in nanoseconds, or -1 if it did not end on the pupil page. */
    private CompletableFuture<Long> login() {
        long start = System.nanoTime();
        String username = "kind" + Math.floorMod(next.getAndIncrement(), PUPILS);
        return client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .thenCompose(page -> {
                    Matcher csrf = CSRF.matcher(page.body());
                    Matcher session = SESSION.matcher(String.join(";", page.headers().allValues("Set-Cookie")));
                    if (!csrf.find() || !session.find()) {
                        return CompletableFuture.completedFuture(failure("GET / answered " + page.statusCode()
                                + " without a session or CSRF token"));
                    }
                    String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + username + "&password=" + PASSWORD;
                    HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/login/pupil"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "PWSESSION=" + session.group(1))
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    return client.sendAsync(post, HttpResponse.BodyHandlers.discarding())
                            .thenApply(r -> r.statusCode() == 303 ? System.nanoTime() - start
                                    : failure("POST /login/pupil answered " + r.statusCode()));
                }).exceptionally(e -> failure(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    private long failure(String reason) {
        failureReasons.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
        return -1L;
    }

    private void printFailureReasons() {
        failureReasons.forEach((reason, n) -> System.out.printf("  failed %d times: %s%n", n.get(), reason));
        failureReasons.clear();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Sustained(double perSecond, long failed, double coresBusy) {
    }

    /** Closed loop: each client logs in over its own keep-alive connection, again and again, for {@code duration}. */
    private Sustained sustained(Duration duration, int clients) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try (KeepAliveHttpConnection connection = new KeepAliveHttpConnection("127.0.0.1", port)) {
                    while (System.nanoTime() < end) {
                        (blockingLogin(connection) ? ok : failed).incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        return new Sustained(ok.get() / (elapsed / 1e9), failed.get(), (processCpuNanos() - cpuBefore) / (double) elapsed);
    }

    private boolean blockingLogin(KeepAliveHttpConnection connection) {
        String username = "kind" + Math.floorMod(next.getAndIncrement(), PUPILS);
        try {
            KeepAliveHttpConnection.Response page = connection.get("/");
            Matcher csrf = CSRF.matcher(page.body());
            Matcher session = SESSION.matcher(String.join(";", page.setCookies()));
            if (page.status() != 200 || !csrf.find() || !session.find()) {
                return failure("GET / answered " + page.status() + " without a session or CSRF token") >= 0;
            }
            String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + username + "&password=" + PASSWORD;
            int status = connection.postForm("/login/pupil", "PWSESSION=" + session.group(1), form).status();
            return status == 303 || failure("POST /login/pupil answered " + status) >= 0;
        } catch (IOException | RuntimeException e) {
            connection.close();
            return failure(e.getClass().getSimpleName() + ": " + e.getMessage()) >= 0;
        }
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

    /**
     * 1,000 logins at once. Heap: "live at the peak" is measured with one full collection while nearly all of them
     * are in flight (queued in the hashing gate or in Jetty's queue), so it counts only what they really hold,
     * client side included; "after young GCs" is the collector's own view, which also counts requests' garbage
     * promoted to the old generation.
     */
    private void burst(int count) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakAfterGc = new AtomicLong(baseline);
        List<Runnable> unsubscribe = AfterGcHeap.watch(peakAfterGc);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ConcurrentLinkedQueue<CompletableFuture<Long>> all = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            all.add(login().exceptionally(e -> -1L).whenComplete((r, e) -> done.incrementAndGet()));
        }
        Thread.sleep(2000); // every request has reached the server by now; few have finished
        int inFlight = count - done.get();
        System.gc();
        long liveAtPeak = memory.getHeapMemoryUsage().getUsed();
        List<Long> latencies = all.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        unsubscribe.forEach(Runnable::run);
        report(String.format("burst of %d at once (all done in %.1f s)", count, seconds), latencies);
        System.out.printf("  heap growth: live at the peak (%d logins in flight, full GC) %+d MB; peak after young GCs %+d MB "
                + "(baseline %d MB live, max heap %d MB)%n", inFlight, (liveAtPeak - baseline) >> 20,
                (peakAfterGc.get() - baseline) >> 20, baseline >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private void report(String scenario, List<Long> latencies) {
        List<Long> ok = latencies.stream().filter(l -> l >= 0).sorted().toList();
        long failed = latencies.size() - ok.size();
        if (ok.isEmpty()) {
            System.out.printf("%s: every login failed (%d)%n", scenario, failed);
            return;
        }
        System.out.printf("%s: p50 %.0f ms, p99 %.0f ms, max %.0f ms; failed %d%n", scenario, percentile(ok, 50),
                percentile(ok, 99), ok.get(ok.size() - 1) / 1e6, failed);
        printFailureReasons();
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
