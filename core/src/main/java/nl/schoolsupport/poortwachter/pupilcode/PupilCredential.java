package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Objects;

import nl.schoolsupport.poortwachter.account.AccountId;

/** A pupil's own login: username (global, lower case) and the Argon2id hash of the password. */
public record PupilCredential(String username, AccountId account, String passwordHash, boolean active) {

    public PupilCredential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "PupilCredential[account=" + account + ", active=" + active + "]";
    }
}
