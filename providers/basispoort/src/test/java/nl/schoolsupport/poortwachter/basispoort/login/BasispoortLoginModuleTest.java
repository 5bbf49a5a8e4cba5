package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.basispoort.DemoBasispoortSyncModule;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.SignatureRequirement;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.sync.SyncPermissionGuard;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class BasispoortLoginModuleTest {

    private static final DemoIdentityProvider DEMO = BasispoortDemoUsers.identityProvider("http://localhost:8080",
            DemoDirectory.sample(LocalDate.of(2025, 9, 1)));

    @Test
    void injectorBuildsWithTheSyncAndTheLifecycleLoadsTheMetadata() {
        BasispoortLoginSettings settings = BasispoortLoginSettings.fromProperties(Map.of("public-base-url", "http://localhost:8080"),
                Optional.of(DEMO.metadataXml()));
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new DemoBasispoortSyncModule(new DemoBasispoortService()),
                new BasispoortLoginModule(settings, SpCredentials.of(TestKeyPairs.rsa("sp"))));

        SamlLoginRealm realm = injector.getInstance(Key.get(SamlLoginRealm.class, Names.named("basispoort")));
        assertThat(realm).isInstanceOf(BasispoortLoginRealm.class);
        assertThat(injector.getInstance(PoortwachterRealm.class).loginRealm("basispoort")).containsSame(realm);
        assertThat(realm.provisioning()).isEqualTo(ProvisioningPolicy.DIRECTORY_ONLY);
        assertThat(realm.config().allowUnsolicited()).isTrue();
        assertThat(realm.config().unsolicitedMaxAge()).isEqualTo(Duration.ofMinutes(2));
        assertThat(realm.config().acsUrl()).isEqualTo("http://localhost:8080/saml/basispoort/acs");
        assertThat(realm.config().metadataUrl()).isEqualTo("http://localhost:8080/saml/basispoort/metadata");
        assertThat(realm.spMetadataXml()).contains("entityID=\"http://localhost:8080/saml/basispoort\"");
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<LoginGuard>>() { })))
                .hasAtLeastOneElementOfType(SyncPermissionGuard.class);

        IdpMetadata metadata = injector.getInstance(Key.get(IdpMetadata.class, Names.named("basispoort")));
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { }))).contains(metadata);
        assertThat(metadata.loadedAt()).isEmpty();
        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            assertThat(metadata.entityId()).contains("http://localhost:8080/demo-idp/basispoort");
        }
    }

    @Test
    void injectorBuildsWithoutASyncModuleToo() {
        BasispoortLoginSettings settings = BasispoortLoginSettings.fromProperties(Map.of(), Optional.of(DEMO.metadataXml()));
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new BasispoortLoginModule(settings, SpCredentials.of(TestKeyPairs.rsa("sp"))));

        assertThat(injector.getInstance(PoortwachterRealm.class).loginRealmIds()).contains("basispoort");
    }

    @Test
    void settingsReadTheKeysAndNameTheKeyThatIsWrong() {
        BasispoortLoginSettings custom = BasispoortLoginSettings.fromProperties(Map.of(
                "public-base-url", "https://bareka.example.nl/",
                "basispoort.sp-entity-id", "https://bareka.example.nl/sp/basispoort",
                "basispoort.idp-metadata", "https://idp.basispoort.example/metadata.xml",
                "basispoort.unsolicited-max-age", "PT90S",
                "basispoort.required-signature", "both",
                "basispoort.attribute.user-id", "#NameID"), Optional.of(DEMO.metadataXml()));
        assertThat(custom.realm().spEntityId()).isEqualTo("https://bareka.example.nl/sp/basispoort");
        assertThat(custom.realm().acsUrl()).isEqualTo("https://bareka.example.nl/saml/basispoort/acs");
        assertThat(custom.realm().unsolicitedMaxAge()).hasSeconds(90);
        assertThat(custom.realm().requiredSignature()).isEqualTo(SignatureRequirement.BOTH);
        assertThat(custom.metadata().isBuiltIn()).isFalse();
        assertThat(custom.mapping().userId()).containsExactly("#NameID");

        assertThat(BasispoortLoginSettings.fromProperties(Map.of("basispoort.allow-unsolicited", "false"),
                Optional.of(DEMO.metadataXml())).realm().allowUnsolicited()).isFalse();

        assertThatThrownBy(() -> BasispoortLoginSettings.fromProperties(Map.of("basispoort.unsolicited-max-age", "120"),
                Optional.of(DEMO.metadataXml()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("basispoort.unsolicited-max-age");
        assertThatThrownBy(() -> BasispoortLoginSettings.fromProperties(Map.of("basispoort.unsolicited-max-age", "PT2H"),
                Optional.of(DEMO.metadataXml()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("basispoort.unsolicited-max-age");
        assertThatThrownBy(() -> BasispoortLoginSettings.fromProperties(Map.of("basispoort.allow-unsolicited", "soms"),
                Optional.of(DEMO.metadataXml()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("basispoort.allow-unsolicited");
        assertThatThrownBy(() -> BasispoortLoginSettings.fromProperties(Map.of(), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.idp-metadata");
        assertThatThrownBy(() -> BasispoortLoginSettings.fromProperties(Map.of("basispoort.attribute.user-id", "none"),
                Optional.of(DEMO.metadataXml()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("basispoort.attribute.user-id");
    }

    @Test
    void theRealmRefusesAConfigurationThatIsNotTheTileProfile() {
        BasispoortLoginSettings settings = BasispoortLoginSettings.fromProperties(Map.of(), Optional.of(DEMO.metadataXml()));
        var auto = SamlRealmConfig.builder("basispoort", "http://localhost:8080")
                .provisioning(ProvisioningPolicy.AUTO).build();
        var entree = SamlRealmConfig.builder("entree", "http://localhost:8080")
                .provisioning(ProvisioningPolicy.DIRECTORY_ONLY).build();
        var mapper = new BasispoortAttributeMapper(settings.mapping(), InstitutionSchools.NONE);
        var idp = IdpMetadata.fromXml("x", DEMO.metadataXml(), Clock.systemUTC());
        try (var bed = new SamlTestBed()) {
            assertThatThrownBy(() -> new BasispoortLoginRealm(auto, idp, SpCredentials.of(bed.spKey), mapper, bed.oneTimeStore,
                    bed.replayCache, bed.clock)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DIRECTORY_ONLY");
            assertThatThrownBy(() -> new BasispoortLoginRealm(entree, idp, SpCredentials.of(bed.spKey), mapper, bed.oneTimeStore,
                    bed.replayCache, bed.clock)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entree");
        }
    }
}
