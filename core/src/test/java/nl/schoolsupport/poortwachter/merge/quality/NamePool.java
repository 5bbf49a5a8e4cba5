package nl.schoolsupport.poortwachter.merge.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Names with the probability that a random child carries each; samples by that probability or by its square. */
final class NamePool {

    private final List<String> names = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private final List<Boolean> common = new ArrayList<>();
    private double[] cumulative;
    private double[] cumulativeSquared;
    private double[] cumulativeSquaredCommon;

    /** Adds names with Zipf-like decaying weights summing to {@code totalShare}. */
    NamePool zipf(double totalShare, String... list) {
        double sum = 0;
        for (int i = 0; i < list.length; i++) {
            sum += 1.0 / (1 + 0.15 * i);
        }
        for (int i = 0; i < list.length; i++) {
            add(list[i], totalShare * (1.0 / (1 + 0.15 * i)) / sum, true);
        }
        return this;
    }

    /** Adds names with equal weights summing to {@code totalShare}. */
    NamePool uniform(double totalShare, List<String> list) {
        for (String name : list) {
            add(name, totalShare / list.size(), false);
        }
        return this;
    }

    private void add(String name, double weight, boolean inHead) {
        names.add(name);
        weights.add(weight);
        common.add(inHead);
        cumulative = null;
        cumulativeSquared = null;
        cumulativeSquaredCommon = null;
    }

    String sample(Random rng) {
        if (cumulative == null) {
            cumulative = cumulate(1);
        }
        return pick(cumulative, rng);
    }

    /**
     * A name drawn by the square of its share: the distribution of names two unrelated children have in common.
     * With {@code commonOnly}, only from the head of the list (the common names).
     */
    String sampleSquared(Random rng, boolean commonOnly) {
        if (cumulativeSquared == null) {
            cumulativeSquared = cumulate(2);
        }
        if (!commonOnly) {
            return pick(cumulativeSquared, rng);
        }
        if (cumulativeSquaredCommon == null) {
            double[] c = new double[names.size()];
            double total = 0;
            for (int i = 0; i < c.length; i++) {
                total += common.get(i) ? weights.get(i) * weights.get(i) : 0;
                c[i] = total;
            }
            cumulativeSquaredCommon = c;
        }
        return pick(cumulativeSquaredCommon, rng);
    }

    /** The probability that two random children carry the same name from this pool: the sum of squared shares. */
    double sumOfSquares(boolean commonOnly) {
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            if (!commonOnly || common.get(i)) {
                total += weights.get(i) * weights.get(i);
            }
        }
        return total;
    }

    private double[] cumulate(int power) {
        double[] c = new double[names.size()];
        double total = 0;
        for (int i = 0; i < c.length; i++) {
            total += Math.pow(weights.get(i), power);
            c[i] = total;
        }
        return c;
    }

    private String pick(double[] c, Random rng) {
        double x = rng.nextDouble() * c[c.length - 1];
        int lo = 0;
        int hi = c.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return names.get(lo);
    }
}
