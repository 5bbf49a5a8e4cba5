package nl.schoolsupport.poortwachter.privacy;

/**
 * Protects personal identifiers at rest and in logs: keyed hashes for look-up and log correlation,
 * authenticated encryption for values that must be recoverable (ECK iDs).
 */
public interface DataProtector {

    /** A stable keyed hash for equality look-ups in the database (same input, same output). */
    String lookupKey(String purpose, String value);

    /** Authenticated encryption; the result is text, safe for a VARCHAR column. */
    String encrypt(String plaintext);

    /** Inverse of {@link #encrypt}; fails if the text was tampered with or made with another key. */
    String decrypt(String ciphertext);

    /** A short keyed pseudonym for log lines: correlates events of one person without revealing who. */
    default String pseudonym(String value) {
        return value == null ? "-" : lookupKey("log", value).substring(0, 12);
    }
}
