package nl.schoolsupport.poortwachter.benchmarks.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.matching.SchoolMatch;
import nl.schoolsupport.poortwachter.merge.quality.SyntheticSchool;
import nl.schoolsupport.poortwachter.merge.quality.SyntheticSchools;

/**
 * Cost of matching one school (about 200 legacy and 200 imported accounts, both roles): what the ICT coordinator's
 * screen and the sync's automatic merge pay per school. Run: {@code java -jar benchmarks/target/benchmarks.jar MatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

    private final MatchingEngine engine = new MatchingEngine();
    private final List<SyntheticSchool> schools = new ArrayList<>();
    private int next;

    @Setup
    public void generate() {
        for (int s = 0; s < 32; s++) {
            schools.add(SyntheticSchools.generate(42, s));
        }
    }

    @Benchmark
    public SchoolMatch matchOneSchool() {
        SyntheticSchool school = schools.get(next++ & 31);
        return engine.match(school.legacy(), school.imported());
    }
}
