package nl.schoolsupport.poortwachter.identity;

import java.util.Objects;

import nl.schoolsupport.poortwachter.account.Account;

/** The local account an identity resolved to, and how. */
public record ResolvedAccount(Account account, ResolutionPath path) {

    public ResolvedAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(path, "path");
    }
}
