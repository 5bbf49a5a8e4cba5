package nl.schoolsupport.poortwachter.merge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;
import nl.schoolsupport.poortwachter.merge.matching.MatchDecision;
import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.matching.SchoolMatch;

/**
 * {@code merge-preview --legacy legacy.csv --imported imported.csv --out decisions.json} (DESIGN.md §5): what the
 * library would merge on its own ({@code auto}) and what it would suggest to the ICT coordinator, for many
 * schools at once, without touching a database. Uses the library's {@link MatchingEngine}, not a copy.
 *
 * <p>Streams: rows are split by school into buckets (spilled to temporary files for large inputs), one bucket
 * is matched at a time on all cores, decisions are written as they come. The output appears only when
 * complete (written to a temporary file, then moved), so a failed run never leaves half a file.
 *
 * <p>Exit codes: 0 done, 1 unexpected failure, 2 wrong arguments, 3 unreadable or malformed input, 4 output
 * not writable.
 */
public final class MergePreviewCommand {

    public static final String NAME = "merge-preview";
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INPUT = 3;
    public static final int EXIT_OUTPUT = 4;

    static final String USAGE = """
            usage: merge-preview --legacy legacy.csv --imported imported.csv --out decisions.json [--no-progress]

              --legacy    old accounts: legacy_id,school,role,first_name,infix,last_name,group,username,test_results_count
              --imported  Basispoort accounts: basispoort_id,eck_id,school,role,first_name,infix,last_name,group,birth_year
              --out       where to write decisions.json (a JSON array of
                          {"legacy_id","basispoort_id","decision":"auto"|"suggest","score","rank"})
            CSV files are UTF-8 with RFC 4180 quoting; role is pupil or teacher.""";

    private static final int MAX_BUCKETS = 256;

    private final MatchingEngine engine;
    private final int threads;
    private final Limits limits;

    public MergePreviewCommand() {
        this(new MatchingEngine(), Runtime.getRuntime().availableProcessors());
    }

    public MergePreviewCommand(MatchingEngine engine, int threads) {
        this(engine, threads, Limits.DEFAULT);
    }

    MergePreviewCommand(MatchingEngine engine, int threads, Limits limits) {
        this.engine = Objects.requireNonNull(engine);
        this.threads = Math.max(1, threads);
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * Sizes that bound memory and decide when progress is shown.
     *
     * @param inMemoryBytes  inputs up to this size are bucketed in memory; larger ones spill to temporary files
     * @param bytesPerBucket input bytes per on-disk bucket (a bucket in memory takes roughly ten times this)
     * @param progressBytes  progress is shown for inputs above this size
     */
    record Limits(long inMemoryBytes, long bytesPerBucket, long progressBytes) {
        static final Limits DEFAULT = new Limits(16L << 20, 16L << 20, 4L << 20);
    }

    /** Runs the command; never throws, never calls {@code System.exit}: the exit code is returned. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments parsed;
        try {
            parsed = Arguments.parse(args);
        } catch (PreviewFailure e) {
            err.println("merge-preview: " + e.getMessage());
            err.println(USAGE);
            return e.exitCode();
        }
        if (parsed.help()) {
            out.println(USAGE);
            return EXIT_OK;
        }
        try {
            Summary summary = preview(parsed, err);
            out.println(summary.describe(parsed.out()));
            return EXIT_OK;
        } catch (PreviewFailure e) {
            err.println("merge-preview: " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("merge-preview: unexpected failure: " + e);
            return EXIT_FAILURE;
        }
    }

    private Summary preview(Arguments args, PrintStream err) {
        long started = System.nanoTime();
        long totalBytes = size(args.legacy()) + size(args.imported());
        Progress progress = new Progress(err, args.progress() && totalBytes > limits.progressBytes(), System.console() != null);
        Path target = args.out().toAbsolutePath();
        Path temporary = temporaryBeside(target);
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "merge-preview");
            t.setDaemon(true);
            return t;
        });
        try (SchoolBuckets buckets = totalBytes <= limits.inMemoryBytes() ? SchoolBuckets.inMemory()
                : SchoolBuckets.onDisk((int) Math.min(MAX_BUCKETS, totalBytes / limits.bytesPerBucket() + 1))) {
            AtomicLong read = new AtomicLong();
            for (var input : List.of(Map.entry(args.legacy(), CsvAccounts.Kind.LEGACY),
                    Map.entry(args.imported(), CsvAccounts.Kind.IMPORTED))) {
                new CsvAccounts(input.getKey(), input.getValue(), read).forEach(row -> {
                    buckets.add(row);
                    summary.count(row);
                    progress.update(0.5 * read.get() / Math.max(1, totalBytes), "reading");
                });
            }
            buckets.seal();
            try (OutputStream file = Files.newOutputStream(temporary);
                    DecisionsJsonWriter writer = new DecisionsJsonWriter(file)) {
                for (int b = 0; b < buckets.count(); b++) {
                    matchBucket(buckets.read(b), writer, summary, pool);
                    progress.update(0.5 + 0.5 * (b + 1) / buckets.count(), "matching");
                }
            } catch (IOException e) {
                throw PreviewFailure.output(target + ": cannot be written (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")", e);
            }
            move(temporary, target);
            progress.done();
        } catch (IOException e) {
            throw PreviewFailure.output("temporary files cannot be written (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw PreviewFailure.output("temporary files cannot be written (" + e.getCause().getMessage() + ")", e);
        } finally {
            pool.shutdownNow();
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing was promised about a temporary file that cannot be removed
            }
        }
        summary.seconds = (System.nanoTime() - started) / 1e9;
        return summary;
    }

    /** Groups one bucket by school (sorted, for a stable output), matches schools in parallel, writes in order. */
    private void matchBucket(List<InputRow> rows, DecisionsJsonWriter writer, Summary summary, ExecutorService pool)
            throws IOException {
        Map<String, School> schools = new TreeMap<>();
        for (InputRow row : rows) {
            schools.computeIfAbsent(row.school(), School::new).add(row);
        }
        List<Future<SchoolMatch>> results = new ArrayList<>(schools.size());
        for (School school : schools.values()) {
            results.add(pool.submit(() -> engine.match(school.legacy, school.imported)));
        }
        for (Future<SchoolMatch> result : results) {
            SchoolMatch match;
            try {
                match = result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
            for (MatchDecision d : match.decisions()) {
                writer.write(d);
                summary.count(d);
            }
        }
    }

    /** The rows of one school. */
    private static final class School {
        final String key;
        final List<MatchAccount> legacy = new ArrayList<>();
        final List<MatchAccount> imported = new ArrayList<>();
        private final Map<String, Long> legacyLines = new HashMap<>();
        private final Map<String, Long> importedLines = new HashMap<>();

        School(String key) {
            this.key = key;
        }

        void add(InputRow row) {
            Map<String, Long> lines = row.legacy() ? legacyLines : importedLines;
            Long earlier = lines.putIfAbsent(row.account().id(), row.line());
            if (earlier != null) {
                throw PreviewFailure.badInput((row.legacy() ? "legacy" : "imported") + " file, lines " + earlier + " and "
                        + row.line() + ": the id '" + row.account().id() + "' appears twice in school " + key
                        + "; ids must be unique");
            }
            (row.legacy() ? legacy : imported).add(row.account());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw PreviewFailure.badInput(file + ": file not found or not readable");
        }
    }

    private static Path temporaryBeside(Path target) {
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw PreviewFailure.output(target + ": the directory does not exist", null);
        }
        try {
            return Files.createTempFile(directory, ".decisions-", ".json.part");
        } catch (IOException e) {
            throw PreviewFailure.output(target + ": cannot write in " + directory + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Command-line arguments. */
    record Arguments(Path legacy, Path imported, Path out, boolean progress, boolean help) {

        private static final List<String> OPTIONS = List.of("legacy", "imported", "out");

        static Arguments parse(List<String> args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean progress = true;
            List<String> rest = new ArrayList<>(args);
            if (!rest.isEmpty() && rest.get(0).equals(NAME)) {
                rest.remove(0);
            }
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                if (arg.equals("--help") || arg.equals("-h")) {
                    return new Arguments(null, null, null, false, true);
                }
                if (arg.equals("--no-progress")) {
                    progress = false;
                    continue;
                }
                String name;
                String value;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(2, eq);
                    value = arg.substring(eq + 1);
                } else if (arg.startsWith("--")) {
                    name = arg.substring(2);
                    if (!OPTIONS.contains(name)) {
                        throw PreviewFailure.badArguments("unknown option --" + name);
                    }
                    if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                        throw PreviewFailure.badArguments("--" + name + " needs a file name");
                    }
                    value = rest.get(++i);
                } else {
                    throw PreviewFailure.badArguments("unexpected argument '" + arg + "'");
                }
                if (!OPTIONS.contains(name)) {
                    throw PreviewFailure.badArguments("unknown option --" + name);
                }
                if (value.isBlank()) {
                    throw PreviewFailure.badArguments("--" + name + " needs a file name");
                }
                if (values.put(name, value) != null) {
                    throw PreviewFailure.badArguments("--" + name + " given twice");
                }
            }
            List<String> missing = List.of("legacy", "imported", "out").stream().filter(k -> !values.containsKey(k))
                    .map(k -> "--" + k).toList();
            if (!missing.isEmpty()) {
                throw PreviewFailure.badArguments("missing " + String.join(", ", missing));
            }
            return new Arguments(Path.of(values.get("legacy")), Path.of(values.get("imported")), Path.of(values.get("out")),
                    progress, false);
        }
    }

    /** Counts for the closing line. */
    private static final class Summary {
        long legacy;
        long imported;
        long automatic;
        long suggestions;
        final java.util.Set<String> schools = new java.util.HashSet<>();
        double seconds;

        void count(InputRow row) {
            if (row.legacy()) {
                legacy++;
            } else {
                imported++;
            }
            schools.add(row.school());
        }

        void count(MatchDecision d) {
            if (d.isAuto()) {
                automatic++;
            } else {
                suggestions++;
            }
        }

        String describe(Path out) {
            return String.format(Locale.ROOT, "merge-preview: %d legacy and %d imported accounts in %d schools: %d automatic "
                    + "merges, %d suggestions; written to %s in %.1f s", legacy, imported, schools.size(), automatic,
                    suggestions, out, seconds);
        }
    }
}
