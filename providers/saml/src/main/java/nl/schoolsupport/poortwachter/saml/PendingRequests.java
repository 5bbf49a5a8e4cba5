package nl.schoolsupport.poortwachter.saml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.saml.check.BrowserMismatchException;
import nl.schoolsupport.poortwachter.saml.check.InResponseToMismatchException;

/**
 * Server-side memory of the AuthnRequests we sent (id → hash of the browser binding) and of RelayState keys
 * (key → allow-listed return path), both one-time and short-lived in core's {@link OneTimeStore}, so a login
 * may start on one node and finish on another. The browser binding itself is not stored, only its hash.
 */
final class PendingRequests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NO_BINDING = "-";

    private final OneTimeStore store;
    private final String requestPurpose;
    private final String relayPurpose;

    PendingRequests(OneTimeStore store, String realmId) {
        this.store = Objects.requireNonNull(store);
        this.requestPurpose = "saml-request:" + realmId;
        this.relayPurpose = "saml-relay:" + realmId;
    }

    /** A fresh request id: "_" + 160 random bits (an NCName, as xs:ID requires). */
    static String newRequestId() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "_" + HexFormat.of().formatHex(bytes);
    }

    void remember(String requestId, Optional<String> browserBinding, Instant expiresAt) {
        store.put(requestPurpose, requestId, browserBinding.map(PendingRequests::hash).orElse(NO_BINDING), expiresAt);
    }

    /** Takes the pending request; it must exist and belong to the same browser (when it was bound to one). */
    void consume(String inResponseTo, Optional<String> browserBinding) {
        Optional<String> stored = store.take(requestPurpose, inResponseTo);
        if (stored.isEmpty()) {
            throw new InResponseToMismatchException("expected InResponseTo to name a pending AuthnRequest of this realm, got "
                    + (inResponseTo.length() > 80 ? inResponseTo.substring(0, 80) + "..." : inResponseTo)
                    + " (unknown, expired or already answered)");
        }
        if (!NO_BINDING.equals(stored.get())
                && !MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
                        browserBinding.map(PendingRequests::hash).orElse("").getBytes(StandardCharsets.US_ASCII))) {
            throw new BrowserMismatchException("expected the response in the browser session that started request "
                    + inResponseTo + ", got it in " + (browserBinding.isPresent() ? "another session" : "a request without session"));
        }
    }

    /** Stores {@code returnTo} under a new opaque key and returns the key (the RelayState). */
    String rememberReturnPath(String returnTo, Instant expiresAt) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.put(relayPurpose, key, returnTo, expiresAt);
        return key;
    }

    /** The return path stored under {@code relayState}, once; empty if unknown, used or expired. */
    Optional<String> takeReturnPath(String relayState) {
        if (relayState == null || relayState.isEmpty() || relayState.length() > 80) {
            return Optional.empty();
        }
        return store.take(relayPurpose, relayState);
    }

    private static String hash(String binding) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(binding.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
