package nl.schoolsupport.poortwachter.basispoort.login;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.saml.IdpMetadataSettings;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;

/**
 * Basispoort tile login configuration, read and validated once at start-up; errors name the key. Keys (DESIGN §5 plus
 * the SAML realm keys of {@link SamlRealmConfig.Builder#applyProperties} with prefix {@code basispoort.}):
 * {@code public-base-url}, {@code basispoort.idp-metadata} (unset: the built-in demo IdP), {@code basispoort.sp-entity-id}
 * (default {@code {public-base-url}/saml/basispoort}), {@code saml.clock-skew}, {@code basispoort.allow-unsolicited}
 * (default {@code true}: the tile), {@code basispoort.unsolicited-max-age} (default {@value #DEFAULT_UNSOLICITED_MAX_AGE}),
 * ..., and the attribute mapping ({@link BasispoortAttributeMapping#fromProperties}).
 *
 * @param realm    the SAML realm configuration (unsolicited allowed, provisioning DIRECTORY_ONLY)
 * @param metadata where Basispoort's IdP metadata comes from
 * @param mapping  where the user id, school, role, ECK iD and names are in the assertion
 */
public record BasispoortLoginSettings(SamlRealmConfig realm, IdpMetadataSettings metadata, BasispoortAttributeMapping mapping) {

    /** A tile response is used within seconds of being made; a short limit narrows replays of a captured one. */
    public static final String DEFAULT_UNSOLICITED_MAX_AGE = "PT2M";

    public BasispoortLoginSettings {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * @param builtInMetadataXml the demo IdP's metadata, used when {@code basispoort.idp-metadata} is unset; empty to
     *                           make {@code basispoort.idp-metadata} required
     */
    public static BasispoortLoginSettings fromProperties(Map<String, String> properties, Optional<String> builtInMetadataXml) {
        SamlRealmConfig realm = SamlRealmConfig.builder(BasispoortLoginRealm.ID,
                        properties.getOrDefault(SamlRealmConfig.PUBLIC_BASE_URL, "http://localhost:8080"))
                .allowUnsolicited(true)
                .unsolicitedMaxAge(Duration.parse(DEFAULT_UNSOLICITED_MAX_AGE))
                .provisioning(ProvisioningPolicy.DIRECTORY_ONLY)
                .applyProperties(properties)
                .build();
        return new BasispoortLoginSettings(realm,
                IdpMetadataSettings.fromProperties(BasispoortLoginRealm.ID, properties, builtInMetadataXml),
                BasispoortAttributeMapping.fromProperties(properties));
    }
}
