package nl.schoolsupport.poortwachter.pupilcode;

/** Turns passwords into self-describing hash strings and checks passwords against them. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String storedHash);
}
