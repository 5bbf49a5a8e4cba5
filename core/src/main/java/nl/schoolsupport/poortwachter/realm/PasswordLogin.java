package nl.schoolsupport.poortwachter.realm;

import java.util.Arrays;
import java.util.Objects;

/**
 * Username and password from a form. The password is a char array so callers can wipe it
 * ({@link #wipe()}); {@link #toString()} never shows it.
 */
public record PasswordLogin(String realmId, String username, char[] password, ClientInfo client) implements LoginRequest {

    public static final int MAX_USERNAME_LENGTH = 128;
    public static final int MAX_PASSWORD_LENGTH = 256;

    public PasswordLogin {
        Objects.requireNonNull(realmId, "realmId");
        username = username == null ? "" : username.strip();
        password = password == null ? new char[0] : password;
        client = Objects.requireNonNullElse(client, ClientInfo.UNKNOWN);
    }

    /** True when the form was filled in within the size limits; oversized input never reaches a hash. */
    public boolean isWellFormed() {
        return !username.isEmpty() && username.length() <= MAX_USERNAME_LENGTH
                && password.length > 0 && password.length <= MAX_PASSWORD_LENGTH;
    }

    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "PasswordLogin[realm=" + realmId + ", username.length=" + username.length() + "]";
    }
}
