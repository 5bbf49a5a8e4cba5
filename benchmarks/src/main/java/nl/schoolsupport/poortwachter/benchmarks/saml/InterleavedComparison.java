package nl.schoolsupport.poortwachter.benchmarks.saml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A companion to the JMH benchmark for a shared, busy machine: the three contenders run in short alternating
 * bursts in one JVM, so a neighbour's load hits all of them alike, and the medians per burst are compared.
 * Usage: {@code java -cp ... nl.schoolsupport.poortwachter.benchmarks.saml.InterleavedComparison [rounds]}.
 */
public final class InterleavedComparison {

    private static final int WARMUP_ROUNDS = 25;

    private InterleavedComparison() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SamlValidationBenchmark b = new SamlValidationBenchmark();
        b.setUp();
        Map<String, Callable<Object>> contenders = new LinkedHashMap<>();
        contenders.put("poortwachter", b::poortwachter);
        contenders.put("javaSamlStrict", b::javaSamlStrict);
        contenders.put("rawParseAndVerify", b::rawParseAndVerify);
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        contenders.keySet().forEach(k -> micros.put(k, new ArrayList<>()));
        for (int round = -WARMUP_ROUNDS; round < rounds; round++) { // warm-up rounds are not recorded
            for (Map.Entry<String, Callable<Object>> c : contenders.entrySet()) {
                int ops = c.getKey().equals("javaSamlStrict") ? 10 : 200;
                long start = System.nanoTime();
                for (int i = 0; i < ops; i++) {
                    if (c.getValue().call() == null) {
                        throw new IllegalStateException(c.getKey() + " returned nothing");
                    }
                }
                double perOp = (System.nanoTime() - start) / 1000.0 / ops;
                if (round >= 0) {
                    micros.get(c.getKey()).add(perOp);
                }
            }
        }
        double raw = median(micros.get("rawParseAndVerify"));
        System.out.printf("%-20s %12s %12s %10s%n", "contender", "median µs/op", "ops/s", "× raw");
        for (Map.Entry<String, List<Double>> e : micros.entrySet()) {
            double m = median(e.getValue());
            System.out.printf("%-20s %12.1f %12.0f %10.2f%n", e.getKey(), m, 1_000_000 / m, m / raw);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
