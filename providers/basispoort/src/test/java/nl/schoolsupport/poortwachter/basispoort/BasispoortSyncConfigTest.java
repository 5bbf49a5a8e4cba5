package nl.schoolsupport.poortwachter.basispoort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.sync.SyncSchedule;

class BasispoortSyncConfigTest {

    private static BasispoortSyncConfig parse(Map<String, String> values) {
        return BasispoortSyncConfig.fromProperties(key -> Optional.ofNullable(values.get(key)));
    }

    private static Map<String, String> minimal() {
        Map<String, String> values = new HashMap<>();
        values.put("basispoort.rest-base-url", "production");
        values.put("basispoort.client-cert", "/etc/poortwachter/basispoort.pem");
        return values;
    }

    @Test
    void minimalConfigurationUsesTheDocumentedDefaults() {
        BasispoortSyncConfig config = parse(minimal());

        assertThat(config.restBaseUrl()).isEqualTo(URI.create("https://rest.basispoort.nl"));
        assertThat(config.clientCert()).isEqualTo(Path.of("/etc/poortwachter/basispoort.pem"));
        assertThat(config.clientKey()).isEmpty();
        assertThat(config.trustCert()).isEmpty();
        assertThat(config.http().tlsProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(config.http().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.schedule()).isEqualTo(SyncSchedule.DEFAULT);
        assertThat(config.sync().zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(config.mapping()).isEqualTo(BasispoortMapping.DEFAULTS);
        assertThat(BasispoortSyncConfig.isConfigured(key -> Optional.ofNullable(minimal().get(key)))).isTrue();
        assertThat(BasispoortSyncConfig.isConfigured(key -> Optional.empty())).isFalse();
    }

    @Test
    void everyKeyIsRead() {
        Map<String, String> values = minimal();
        values.put("basispoort.rest-base-url", "https://proxy.school.example/basispoort");
        values.put("basispoort.client-key", "key.pem");
        values.put("basispoort.client-key-password", "geheim");
        values.put("basispoort.trust-cert", "ca.pem");
        values.put("basispoort.connect-timeout", "PT5S");
        values.put("basispoort.read-timeout", "PT2M");
        values.put("basispoort.max-attempts", "6");
        values.put("basispoort.retry-initial-delay", "PT2S");
        values.put("basispoort.retry-max-delay", "PT1M");
        values.put("basispoort.max-response-size", "16MB");
        values.put("basispoort.tls-protocols", "TLSv1.2");
        values.put("basispoort.missing-dependancecode", "00");
        values.put("basispoort.ict-coordinator-roles", "ICTCoordinator, IBRTer");
        values.put("basispoort.sync-time", "03:15");
        values.put("basispoort.sync-zone", "UTC");
        values.put("basispoort.sync-initial-since", "2024-08-01");
        values.put("basispoort.sync-workers", "4");

        BasispoortSyncConfig config = parse(values);

        assertThat(config.restBaseUrl()).hasHost("proxy.school.example").hasPath("/basispoort");
        assertThat(config.clientKey()).contains(Path.of("key.pem"));
        assertThat(config.clientKeyPassword()).contains("geheim");
        assertThat(config.toString()).doesNotContain("geheim");
        assertThat(config.http().maxAttempts()).isEqualTo(6);
        assertThat(config.http().readTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.http().maxResponseBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.http().tlsProtocols()).containsExactly("TLSv1.2");
        assertThat(config.mapping().missingDependancecode()).isEqualTo(BasispoortMapping.MissingDependancecode.MAIN_LOCATION);
        assertThat(config.mapping().ictCoordinatorRoles()).isEqualTo(Set.of("ICTCoordinator", "IBRTer"));
        assertThat(config.schedule()).isEqualTo(new SyncSchedule(LocalTime.of(3, 15), ZoneId.of("UTC")));
        assertThat(config.sync().initialSince()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(config.sync().workers()).isEqualTo(4);
    }

    @Test
    void badValuesNameTheirKey() {
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("basispoort.rest-base-url", "http://rest.basispoort.nl"),
                Map.entry("basispoort.rest-base-url", "produktie"),
                Map.entry("basispoort.read-timeout", "60"),
                Map.entry("basispoort.max-attempts", "0"),
                Map.entry("basispoort.max-response-size", "huge"),
                Map.entry("basispoort.tls-protocols", "TLSv1.1,TLSv1.2"),
                Map.entry("basispoort.missing-dependancecode", "01"),
                Map.entry("basispoort.sync-time", "2am"),
                Map.entry("basispoort.sync-initial-since", "gisteren"),
                Map.entry("basispoort.sync-workers", "99"))) {
            Map<String, String> values = minimal();
            values.put(bad.getKey(), bad.getValue());
            String expectedKey = bad.getKey().equals("basispoort.sync-workers") ? "sync.workers" : bad.getKey();
            assertThatThrownBy(() -> parse(values)).as(bad.toString()).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(expectedKey);
        }
        Map<String, String> noCert = minimal();
        noCert.remove("basispoort.client-cert");
        assertThatThrownBy(() -> parse(noCert)).hasMessageContaining("basispoort.client-cert");
    }
}
