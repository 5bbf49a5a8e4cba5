package nl.schoolsupport.poortwachter.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

class LicenceConfigTest {

    private static LicenceConfig from(Map<String, String> values) {
        return LicenceConfig.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsMeanTheDemoService() {
        LicenceConfig config = from(Map.of());
        assertThat(config.usesDemoService()).isTrue();
        assertThat(config.product()).isEqualTo("BAREKA");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.maxResponseBytes()).isEqualTo(65_536);
    }

    @Test
    void readsEveryKey() {
        LicenceConfig config = from(Map.of("licence.base-url", "https://licenties.example/api", "licence.product", "REKENTUIN",
                "licence.api-key", "k-123", "licence.connect-timeout", "PT1S", "licence.read-timeout", "PT4S",
                "licence.request-timeout", "PT8S", "licence.max-response-size", "32768", "licence.max-concurrent-requests", "8",
                "licence.lookup-retries", "1", "licence.retry-backoff", "PT0.1S"));
        assertThat(config.baseUrl()).hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("licenties.example"));
        assertThat(config.apiKey()).contains("k-123");
        assertThat(config.toString()).doesNotContain("k-123");
        assertThat(config.maxConcurrentRequests()).isEqualTo(8);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void errorsNameTheKey() {
        assertThatThrownBy(() -> from(Map.of("licence.base-url", "http://licenties.example")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'licence.base-url'")
                .hasMessageContaining("plain http is allowed only for the loopback interface");
        assertThatThrownBy(() -> from(Map.of("licence.base-url", "ftp://licenties.example")))
                .hasMessageContaining("licence.base-url");
        assertThatThrownBy(() -> from(Map.of("licence.read-timeout", "5s"))).hasMessageContaining("'licence.read-timeout'")
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> from(Map.of("licence.read-timeout", "PT30S"))).as("request timeout below read timeout")
                .hasMessageContaining("licence.request-timeout");
        assertThatThrownBy(() -> from(Map.of("licence.max-concurrent-requests", "0")))
                .hasMessageContaining("licence.max-concurrent-requests");
        assertThatThrownBy(() -> from(Map.of("licence.product", "bad product!"))).hasMessageContaining("licence.product");
        assertThatThrownBy(() -> from(Map.of("licence.demo-port", "x"))).hasMessageContaining("licence.demo-port");
    }
}
