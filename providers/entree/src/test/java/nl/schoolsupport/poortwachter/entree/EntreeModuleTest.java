package nl.schoolsupport.poortwachter.entree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class EntreeModuleTest {

    @Test
    void injectorBuildsAndTheLifecycleLoadsTheMetadata() {
        DemoIdentityProvider demo = new DemoIdentityProvider("http://localhost:8080/demo-idp/entree",
                "http://localhost:8080/demo-idp/entree/sso", EntreeDemoUsers.all());
        EntreeSettings settings = EntreeSettings.fromProperties(Map.of("public-base-url", "http://localhost:8080",
                "entree.provisioning", "known-schools"), Optional.of(demo.metadataXml()));
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new EntreeModule(settings, SpCredentials.of(TestKeyPairs.rsa("sp"))));

        SamlLoginRealm realm = injector.getInstance(Key.get(SamlLoginRealm.class, Names.named("entree")));
        assertThat(injector.getInstance(PoortwachterRealm.class).loginRealm("entree")).containsSame(realm);
        assertThat(realm.provisioning()).isEqualTo(ProvisioningPolicy.KNOWN_SCHOOLS);
        assertThat(realm.config().allowUnsolicited()).isFalse();
        assertThat(realm.config().acsUrl()).isEqualTo("http://localhost:8080/saml/entree/acs");
        assertThat(realm.spMetadataXml()).contains("entityID=\"http://localhost:8080/saml/entree\"");

        IdpMetadata metadata = injector.getInstance(Key.get(IdpMetadata.class, Names.named("entree")));
        assertThat(metadata.loadedAt()).isEmpty();
        Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start();
        try {
            assertThat(metadata.entityId()).contains("http://localhost:8080/demo-idp/entree");
        } finally {
            lifecycle.close();
        }
    }

    @Test
    void settingsNameTheKeyThatIsWrong() {
        assertThatThrownBy(() -> EntreeSettings.fromProperties(Map.of("entree.provisioning", "always"), Optional.of("<x/>")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("entree.provisioning");
        assertThatThrownBy(() -> EntreeSettings.fromProperties(Map.of("saml.clock-skew", "60"), Optional.of("<x/>")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("saml.clock-skew");
        assertThatThrownBy(() -> EntreeSettings.fromProperties(Map.of(), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("entree.idp-metadata");
        assertThatThrownBy(() -> EntreeSettings.fromProperties(Map.of("public-base-url", "not a url"), Optional.of("<x/>")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("public-base-url");
        EntreeSettings custom = EntreeSettings.fromProperties(Map.of("entree.sp-entity-id", "https://sp.example/entree",
                "entree.idp-metadata", "https://engine.entree.kennisnet.nl/authentication/idp/metadata",
                "saml.clock-skew", "PT30S"), Optional.empty());
        assertThat(custom.realm().spEntityId()).isEqualTo("https://sp.example/entree");
        assertThat(custom.realm().clockSkew()).hasSeconds(30);
        assertThat(custom.realm().provisioning()).isEqualTo(ProvisioningPolicy.AUTO);
        assertThat(custom.metadata().isBuiltIn()).isFalse();
        assertThat(List.of(custom.metadata().location().orElseThrow())).containsExactly(
                "https://engine.entree.kennisnet.nl/authentication/idp/metadata");
    }
}
