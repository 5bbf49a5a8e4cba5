package nl.schoolsupport.poortwachter.shiro;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The Shiro principal of a logged-in user: which account, at which school, in which role, and through which
 * realm. Kept in the session; holds no secrets and no ECK iD.
 */
public record AccountPrincipal(AccountId accountId, SchoolKey school, Role role, Set<AccountFlag> flags, String displayName,
        String realmId) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AccountPrincipal {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(role, "role");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        displayName = Objects.requireNonNullElse(displayName, "");
        Objects.requireNonNull(realmId, "realmId");
    }

    public static AccountPrincipal of(Account account, String realmId) {
        return new AccountPrincipal(account.id(), account.school(), account.role(), account.flags(),
                account.name().displayName(), realmId);
    }

    public boolean has(AccountFlag flag) {
        return flags.contains(flag);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + ", " + role + ", " + school.asText() + ", via " + realmId + "]";
    }
}
