package nl.schoolsupport.poortwachter.replay;

import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived server-side values that may be read exactly once: pending SAML request ids, RelayState
 * keys. Stored in the database so a login may start on one node and finish on another.
 */
public interface OneTimeStore {

    void put(String purpose, String key, String value, Instant expiresAt);

    /** Returns and deletes the value; empty if unknown, already taken, or expired. */
    Optional<String> take(String purpose, String key);
}
