package nl.schoolsupport.poortwachter.saml;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * The SP key pair from configuration, shared by every SAML realm of the app:
 * <ul>
 *   <li>{@code saml.sp-key} + {@code saml.sp-certificate}: PEM files; or</li>
 *   <li>{@code saml.sp-keystore} (PKCS#12) + {@code saml.sp-keystore-password} (+ {@code saml.sp-keystore-alias}); or</li>
 *   <li>neither: a key generated on first start and kept in {@code saml.sp-key-dir} (default given by the app).</li>
 * </ul>
 * {@code saml.sp-next-key} + {@code saml.sp-next-certificate} (PEM) announce the next key for a rollover.
 * Reads files: call once at start-up, before building the injector.
 */
public final class SpKeySettings {

    private SpKeySettings() {
    }

    public static SpCredentials load(Map<String, String> properties, Path defaultKeyDirectory, String commonName) {
        Optional<String> key = value(properties, "saml.sp-key");
        Optional<String> certificate = value(properties, "saml.sp-certificate");
        Optional<String> keystore = value(properties, "saml.sp-keystore");
        if (key.isPresent() != certificate.isPresent()) {
            throw new ConfigurationException(key.isPresent() ? "saml.sp-certificate" : "saml.sp-key",
                    "expected saml.sp-key and saml.sp-certificate together");
        }
        if (key.isPresent() && keystore.isPresent()) {
            throw new ConfigurationException("saml.sp-keystore", "expected either PEM files (saml.sp-key) or a PKCS#12 keystore, got both");
        }
        KeyAndCertificate current;
        if (key.isPresent()) {
            current = SpKeys.fromPem("saml.sp-key", Path.of(key.get()), Path.of(certificate.get()));
        } else if (keystore.isPresent()) {
            String password = value(properties, "saml.sp-keystore-password").orElseThrow(() -> new ConfigurationException(
                    "saml.sp-keystore-password", "expected the password of " + keystore.get()));
            current = SpKeys.fromPkcs12("saml.sp-keystore", Path.of(keystore.get()), password.toCharArray(),
                    value(properties, "saml.sp-keystore-alias"));
        } else {
            Path dir = value(properties, "saml.sp-key-dir").map(Path::of).orElse(defaultKeyDirectory);
            current = SpKeys.loadOrGenerate("saml.sp-key-dir", dir, commonName);
        }
        SpCredentials credentials = SpCredentials.of(current);
        Optional<String> nextKey = value(properties, "saml.sp-next-key");
        Optional<String> nextCertificate = value(properties, "saml.sp-next-certificate");
        if (nextKey.isPresent() != nextCertificate.isPresent()) {
            throw new ConfigurationException("saml.sp-next-key", "expected saml.sp-next-key and saml.sp-next-certificate together");
        }
        if (nextKey.isPresent()) {
            credentials = credentials.withNext(SpKeys.fromPem("saml.sp-next-key", Path.of(nextKey.get()), Path.of(nextCertificate.get())));
        }
        return credentials;
    }

    private static Optional<String> value(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
