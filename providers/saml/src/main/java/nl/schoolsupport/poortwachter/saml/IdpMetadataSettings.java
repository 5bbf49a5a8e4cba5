package nl.schoolsupport.poortwachter.saml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Where a realm's IdP metadata comes from, read from configuration at start-up:
 * {@code {realm}.idp-metadata} (file path or https URL; unset: the built-in demo IdP's metadata when the
 * caller has one), {@code {realm}.federation-certificate} (PEM file: metadata must be signed by it),
 * {@code {realm}.idp-entity-id} (which IdP when the metadata lists several) and
 * {@code {realm}.metadata-refresh} (ISO-8601, default PT1H). {@link #create} does no I/O; the
 * {@link IdpMetadata} loads when started.
 */
public record IdpMetadataSettings(String configKey, Optional<String> location, Optional<String> inlineXml,
        Optional<X509Certificate> federationCertificate, Optional<String> idpEntityId, Duration refresh) {

    public IdpMetadataSettings {
        Objects.requireNonNull(configKey, "configKey");
        if (location.isPresent() == inlineXml.isPresent()) {
            throw new ConfigurationException(configKey, "expected either a metadata location or built-in metadata");
        }
    }

    public boolean isBuiltIn() {
        return inlineXml.isPresent();
    }

    public static IdpMetadataSettings fromProperties(String realmId, Map<String, String> properties, Optional<String> builtInXml) {
        String key = realmId + ".idp-metadata";
        Optional<String> location = value(properties, key);
        Optional<X509Certificate> federation = value(properties, realmId + ".federation-certificate")
                .map(path -> readCertificate(realmId + ".federation-certificate", Path.of(path)));
        Optional<String> entityId = value(properties, realmId + ".idp-entity-id");
        Duration refresh = value(properties, realmId + ".metadata-refresh").map(v -> {
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(realmId + ".metadata-refresh", "expected an ISO-8601 duration such as PT1H, got " + v);
            }
        }).orElse(IdpMetadata.DEFAULT_REFRESH);
        if (location.isEmpty() && builtInXml.isEmpty()) {
            throw new ConfigurationException(key, "expected a file path or https URL of the IdP metadata, got nothing");
        }
        return new IdpMetadataSettings(key, location, location.isPresent() ? Optional.empty() : builtInXml, federation, entityId,
                refresh);
    }

    /** The metadata source; start it through the lifecycle. */
    public IdpMetadata create(Clock clock) {
        if (inlineXml.isPresent()) {
            return IdpMetadata.fromXml(configKey, inlineXml.get(), clock);
        }
        return IdpMetadata.fromLocation(configKey, location.orElseThrow(), federationCertificate, idpEntityId, refresh, clock);
    }

    private static X509Certificate readCertificate(String key, Path path) {
        try {
            return SpKeys.readCertificate(Files.readString(path));
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            throw new ConfigurationException(key, "cannot read the PEM certificate " + path + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> value(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
