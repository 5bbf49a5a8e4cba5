package nl.schoolsupport.poortwachter.app.saml;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortDemoUsers;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginModule;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginRealm;
import nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginSettings;
import nl.schoolsupport.poortwachter.entree.EntreeDemoUsers;
import nl.schoolsupport.poortwachter.entree.EntreeModule;
import nl.schoolsupport.poortwachter.entree.EntreeRealm;
import nl.schoolsupport.poortwachter.entree.EntreeSettings;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.SpKeySettings;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;

/**
 * The SAML realms of the app, built at start: the SP keys (configured, or generated once under
 * {@code data-dir/saml}) and, per realm, either the configured IdP metadata or a built-in demo IdP.
 * Loading keys is I/O, so it happens here and not in a Guice module.
 */
public final class SamlWiring {

    private final AppConfig config;
    private final Map<String, String> properties;
    private final SpCredentials keys;
    private final DemoIdps demoIdps = new DemoIdps();
    private final Optional<DemoDirectory> demoDirectory;

    /** @param demoDirectory the demo Basispoort directory being synchronised, if any: the demo IdP's users come from it */
    public SamlWiring(AppConfig config, Optional<DemoDirectory> demoDirectory) {
        this.config = config;
        this.demoDirectory = demoDirectory;
        this.properties = config.settings().asMap(Map.of("public-base-url", config.publicBaseUrl().toString()));
        this.keys = SpKeySettings.load(properties, config.dataDirectory().resolve("saml"), "Poortwachter SP");
    }

    public Map<String, String> properties() {
        return properties;
    }

    public SpCredentials keys() {
        return keys;
    }

    public DemoIdps demoIdps() {
        return demoIdps;
    }

    public List<Module> modules() {
        List<Module> modules = new java.util.ArrayList<>();
        if (config.entreeEnabled()) {
            modules.add(entreeModule());
        }
        if (config.basispoortEnabled()) {
            modules.add(basispoortModule());
        }
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                bind(DemoIdps.class).toInstance(demoIdps);
                com.google.inject.multibindings.OptionalBinder<DemoDirectory> directory =
                        com.google.inject.multibindings.OptionalBinder.newOptionalBinder(binder(), DemoDirectory.class);
                demoDirectory.ifPresent(d -> directory.setBinding().toInstance(d));
            }
        });
        return modules;
    }

    private Module entreeModule() {
        Optional<DemoIdentityProvider> entreeDemo = config.settings().get("entree.idp-metadata").isEmpty()
                ? Optional.of(EntreeDemoUsers.identityProvider(config.publicBaseUrl().toString())) : Optional.empty();
        EntreeSettings entree = EntreeSettings.fromProperties(properties, entreeDemo.map(DemoIdentityProvider::metadataXml));
        entreeDemo.ifPresent(d -> demoIdps.add(EntreeRealm.ID, d, entree.realm().acsUrl(), entree.realm().spEntityId()));
        return new EntreeModule(entree, keys);
    }

    private Module basispoortModule() {
        Optional<DemoIdentityProvider> basispoortDemo = config.settings().get("basispoort.idp-metadata").isEmpty()
                ? Optional.of(BasispoortDemoUsers.identityProvider(config.publicBaseUrl().toString(), demoDirectory.orElseGet(
                        () -> DemoDirectory.sample(LocalDate.now(ZoneId.of("Europe/Amsterdam"))))))
                : Optional.empty();
        BasispoortLoginSettings basispoort = BasispoortLoginSettings.fromProperties(properties,
                basispoortDemo.map(DemoIdentityProvider::metadataXml));
        basispoortDemo.ifPresent(d -> demoIdps.add(BasispoortLoginRealm.ID, d, basispoort.realm().acsUrl(),
                basispoort.realm().spEntityId()));

        return new BasispoortLoginModule(basispoort, keys);
    }
}
