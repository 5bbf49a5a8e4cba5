package nl.schoolsupport.poortwachter.benchmarks.saml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three contenders accept the benchmarked response, so the benchmark measures real, successful work. */
class SamlValidationBenchmarkTest {

    @Test
    void everyContenderAcceptsTheSameResponse() throws Exception {
        SamlValidationBenchmark benchmark = new SamlValidationBenchmark();
        benchmark.setUp();

        assertThat(benchmark.poortwachter().subject()).isEqualTo("leerling2");
        assertThat(benchmark.poortwachter().name().first()).isEqualTo("Zoë");
        assertThat(benchmark.replayChecks.get()).isEqualTo(2);
        assertThat(benchmark.javaSamlStrict()).isTrue();
        assertThat(benchmark.rawParseAndVerify()).isTrue();
        assertThat(benchmark.messageBytes()).isGreaterThan(4000);
    }
}
