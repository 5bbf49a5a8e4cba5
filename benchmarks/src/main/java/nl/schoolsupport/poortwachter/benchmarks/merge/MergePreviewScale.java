package nl.schoolsupport.poortwachter.benchmarks.merge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.schoolsupport.poortwachter.merge.cli.MergePreviewCommand;
import nl.schoolsupport.poortwachter.merge.quality.SyntheticCsv;

/**
 * The scale goal of merge-preview: generates a set of synthetic schools as CSV (default 2,000 schools, about
 * 800,000 accounts) and runs the CLI on it exactly as {@code java -jar ... merge-preview} would, then prints the
 * time and the peak heap. Run with a small heap to show memory stays bounded:
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar nl.schoolsupport.poortwachter.benchmarks.merge.MergePreviewScale [schools] [dir] [reuse]}
 * ("reuse" runs on the CSV files already in {@code dir}).
 */
public final class MergePreviewScale {

    private MergePreviewScale() {
    }

    public static void main(String[] args) throws IOException {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("merge-scale-");
        Path legacy = dir.resolve("legacy.csv");
        Path imported = dir.resolve("imported.csv");
        Path out = dir.resolve("decisions.json");

        boolean reuse = args.length > 2 && args[2].equals("reuse") && Files.exists(legacy) && Files.exists(imported);
        if (!reuse) {
            long t0 = System.nanoTime();
            long[] accounts = new long[1];
            SyntheticCsv.write(legacy, imported, 2026, schools, s -> accounts[0] += s.legacy().size() + s.imported().size());
            double generated = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "generated %d schools, %d accounts (%.1f MB CSV) in %.1f s into %s%n", schools,
                    accounts[0], (Files.size(legacy) + Files.size(imported)) / 1e6, generated, dir);
        }

        resetPeaks();
        long t1 = System.nanoTime();
        int code = new MergePreviewCommand().run(List.of("merge-preview", "--legacy", legacy.toString(), "--imported",
                imported.toString(), "--out", out.toString()), System.out, System.err);
        double ran = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "merge-preview exit %d in %.1f s on %d cores; peak heap %.0f MB (max %.0f MB); "
                + "decisions.json %.1f MB%n", code, ran, Runtime.getRuntime().availableProcessors(), peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, Files.exists(out) ? Files.size(out) / 1e6 : 0.0);
        System.exit(code);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
