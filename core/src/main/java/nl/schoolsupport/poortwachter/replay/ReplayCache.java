package nl.schoolsupport.poortwachter.replay;

import java.time.Instant;

/**
 * Remembers one-time identifiers (SAML assertion ids) until they expire, shared by every node that uses
 * the same database.
 */
public interface ReplayCache {

    /**
     * Records {@code id} in {@code namespace} until {@code expiresAt}.
     *
     * @return true the first time; false if the id was already seen and has not expired (a replay)
     */
    boolean firstUse(String namespace, String id, Instant expiresAt);
}
