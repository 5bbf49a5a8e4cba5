package nl.schoolsupport.poortwachter.saml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SP's own keys. {@code signing} signs AuthnRequests; {@code encryption} decrypts encrypted assertions;
 * both are published in SP metadata. {@code next} is the key pair for a planned rollover: it is published
 * (for signing and encryption) before it is used, and already accepted for decryption, so an IdP that picks
 * up new metadata early works either way. Swap it in by making it the current key once every IdP has
 * refreshed our metadata.
 */
public record SpCredentials(KeyAndCertificate signing, KeyAndCertificate encryption, Optional<KeyAndCertificate> next) {

    public SpCredentials {
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(encryption, "encryption");
        next = Objects.requireNonNullElse(next, Optional.empty());
    }

    /** One key pair for both signing and encryption (the usual set-up). */
    public static SpCredentials of(KeyAndCertificate key) {
        return new SpCredentials(key, key, Optional.empty());
    }

    public SpCredentials withNext(KeyAndCertificate nextKey) {
        return new SpCredentials(signing, encryption, Optional.of(nextKey));
    }

    /** Keys tried, in order, to decrypt an encrypted assertion. */
    List<KeyAndCertificate> decryptionKeys() {
        List<KeyAndCertificate> keys = new ArrayList<>();
        keys.add(encryption);
        if (!signing.equals(encryption)) {
            keys.add(signing);
        }
        next.ifPresent(keys::add);
        return List.copyOf(keys);
    }
}
