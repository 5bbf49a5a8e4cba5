package nl.schoolsupport.poortwachter.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.Settings;
import nl.schoolsupport.poortwachter.error.ConfigurationException;

class ConfigurationTest {

    @Test
    void defaultsAreTheDesignContract() {
        AppConfig config = AppConfig.from(new Settings(Map.of(), Map.of(), Map.of()));
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.publicBaseUrl().toString()).isEqualTo("http://localhost:8080");
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.database().url()).startsWith("jdbc:h2:file:").contains("data");
        assertThat(config.demoData()).isTrue();
        assertThat(config.secureCookies()).isFalse();
    }

    @Test
    void systemPropertyBeatsEnvironmentBeatsFile() {
        Settings settings = new Settings(Map.of("http.port", "1111", "saml.clock-skew", "PT30S"),
                Map.of("poortwachter.http.port", "3333"), Map.of("POORTWACHTER_HTTP_PORT", "2222", "POORTWACHTER_SAML_CLOCK_SKEW", "PT90S"));
        assertThat(AppConfig.from(settings).httpPort()).isEqualTo(3333);
        assertThat(settings.getDuration("saml.clock-skew", Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(90));
        assertThat(Settings.environmentName("basispoort.sp-entity-id")).isEqualTo("POORTWACHTER_BASISPOORT_SP_ENTITY_ID");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertThatThrownBy(() -> AppConfig.from(new Settings(Map.of("http.port", "tachtig"), Map.of(), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("http.port");
        assertThatThrownBy(() -> AppConfig.from(new Settings(Map.of("public-base-url", "localhost"), Map.of(), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("public-base-url");
        assertThatThrownBy(() -> AppConfig.from(new Settings(Map.of("database.url", "jdbc:mysql://x"), Map.of(), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("database.url");
        assertThatThrownBy(() -> AppConfig.from(new Settings(Map.of("database.url", "jdbc:postgresql://db/pw"), Map.of(), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("security.data-key");
        assertThatThrownBy(() -> new Settings(Map.of("saml.clock-skew", "een minuut"), Map.of(), Map.of())
                .getDuration("saml.clock-skew", Duration.ofSeconds(60))).hasMessageContaining("saml.clock-skew");
    }

    @Test
    void configurationDumpMasksSecrets() {
        Settings settings = new Settings(Map.of("database.password", "geheim", "security.data-key", "c2VjcmV0",
                "database.url", "jdbc:postgresql://db/pw?user=a&password=geheim", "demo.enabled", "true"), Map.of(), Map.of());
        AppConfig.from(settings);
        assertThat(settings.effectiveValuesMasked().toString()).doesNotContain("geheim").doesNotContain("c2VjcmV0");
    }

    @Test
    void httpsPublicUrlTurnsOnSecureCookies() {
        AppConfig config = AppConfig.from(new Settings(Map.of("public-base-url", "https://bareka.example.nl"), Map.of(), Map.of()));
        assertThat(config.secureCookies()).isTrue();
        assertThat(config.url("/saml/entree/acs")).isEqualTo("https://bareka.example.nl/saml/entree/acs");
    }

    @Test
    void withoutDemoEveryEnabledLoginRouteMustBeConfigured() {
        Map<String, String> production = new java.util.HashMap<>(Map.of("database.url", "jdbc:postgresql://db/pw",
                "security.data-key", "c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI="));
        assertThatThrownBy(() -> AppConfig.from(new Settings(production, Map.of(), Map.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("licence.base-url").hasMessageContaining("demo.enabled");
        production.put("licence.enabled", "false");
        assertThatThrownBy(() -> AppConfig.from(new Settings(production, Map.of(), Map.of())))
                .hasMessageContaining("entree.idp-metadata");
        production.put("entree.enabled", "false");
        assertThatThrownBy(() -> AppConfig.from(new Settings(production, Map.of(), Map.of())))
                .hasMessageContaining("basispoort.");
        production.put("basispoort.enabled", "false");
        AppConfig onlyPupilCodes = AppConfig.from(new Settings(production, Map.of(), Map.of()));
        assertThat(onlyPupilCodes.demoEnabled()).isFalse();
        assertThat(onlyPupilCodes.demoData()).isFalse();
    }
}
