package nl.schoolsupport.poortwachter.entree;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.saml.IdpMetadataSettings;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;

/**
 * Entree configuration, read and validated once at start-up. Keys (DESIGN §5 plus the SAML realm keys of
 * {@link SamlRealmConfig.Builder#applyProperties}): {@code public-base-url}, {@code entree.idp-metadata},
 * {@code entree.sp-entity-id}, {@code saml.clock-skew}, {@code entree.provisioning} ({@code auto} |
 * {@code known-schools}, default {@code auto}), {@code entree.federation-certificate}, ...
 *
 * @param realm    the SAML realm configuration (SP-initiated only by default)
 * @param metadata where the IdP metadata comes from (the built-in demo IdP when {@code entree.idp-metadata} is unset)
 */
public record EntreeSettings(SamlRealmConfig realm, IdpMetadataSettings metadata) {

    public static final String PROVISIONING = "entree.provisioning";

    public EntreeSettings {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * @param builtInMetadataXml the demo IdP's metadata, used when {@code entree.idp-metadata} is unset; empty to make
     *                           {@code entree.idp-metadata} required
     */
    public static EntreeSettings fromProperties(Map<String, String> properties, Optional<String> builtInMetadataXml) {
        SamlRealmConfig realm = SamlRealmConfig.builder(EntreeRealm.ID, properties.getOrDefault(SamlRealmConfig.PUBLIC_BASE_URL,
                        "http://localhost:8080"))
                .allowUnsolicited(false)
                .provisioning(provisioning(properties.get(PROVISIONING)))
                .applyProperties(properties)
                .build();
        return new EntreeSettings(realm, IdpMetadataSettings.fromProperties(EntreeRealm.ID, properties, builtInMetadataXml));
    }

    static ProvisioningPolicy provisioning(String value) {
        if (value == null || value.isBlank()) {
            return ProvisioningPolicy.AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> ProvisioningPolicy.AUTO;
            case "known-schools" -> ProvisioningPolicy.KNOWN_SCHOOLS;
            default -> throw new ConfigurationException(PROVISIONING, "expected auto or known-schools, got " + value);
        };
    }
}
