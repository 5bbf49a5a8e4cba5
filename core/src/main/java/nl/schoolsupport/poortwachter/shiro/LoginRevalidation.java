package nl.schoolsupport.poortwachter.shiro;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * Whether a logged-in session may go on. The principal in a session is a snapshot taken at login; meanwhile a
 * teacher may deactivate a pupil's code, the nightly sync may mark a leaver departed, a merge may absorb the
 * account, or the ICT coordinator duty may move to someone else. Call {@link #stillValid} now and then while a
 * session lasts (the reference app does so at most once a minute per session) and log the user out when it
 * answers false: they log in again and get a principal that matches the account as it is now.
 */
public final class LoginRevalidation {

    private final AccountStore accounts;
    private final Map<String, LoginRealm> realms;

    @Inject
    public LoginRevalidation(AccountStore accounts, Set<LoginRealm> loginRealms) {
        this.accounts = accounts;
        this.realms = loginRealms.stream().collect(Collectors.toUnmodifiableMap(LoginRealm::id, Function.identity()));
    }

    public boolean stillValid(AccountPrincipal principal) {
        Optional<Account> account = accounts.findAccount(principal.accountId());
        if (account.isEmpty() || !account.get().isActive() || !matches(principal, account.get())) {
            return false;
        }
        LoginRealm realm = realms.get(principal.realmId());
        return realm == null || realm.loginStillAllowed(principal.accountId());
    }

    /** Role, school and duties decide what the session may do, so a change in any of them needs a fresh login. */
    private static boolean matches(AccountPrincipal principal, Account account) {
        return principal.role() == account.role() && principal.school().equals(account.school())
                && principal.flags().equals(account.flags());
    }
}
