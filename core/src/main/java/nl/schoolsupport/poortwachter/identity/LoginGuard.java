package nl.schoolsupport.poortwachter.identity;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;

/**
 * A last check after the account is known, before the session starts; throws a
 * {@code LoginFailedException} to refuse. Example: Basispoort logins are blocked for a school that
 * withdrew its synchronisation permission. Bind implementations with a Guice multibinder.
 */
@FunctionalInterface
public interface LoginGuard {

    void check(ExternalIdentity identity, Account account);
}
