package nl.schoolsupport.poortwachter.store;

import java.util.List;
import java.util.Optional;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.LinkedIdentity;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Persistence of schools, accounts and linked identities. Every method is atomic on its own; to make
 * several calls one unit, wrap them in {@link Transactions#inTransaction}. The shipped implementation is
 * {@code jdbc.JdbcAccountStore} (H2 or PostgreSQL); embedders may bring their own.
 */
public interface AccountStore {

    // ---- schools

    Optional<School> findSchool(SchoolKey key);

    /**
     * Finds a school by BRIN as providers send it: a BRIN6 matches exactly (or, failing that, the only
     * school of its BRIN4); a BRIN4 matches only if exactly one school carries it, never a guess.
     */
    Optional<School> findSchoolByBrin(String brin);

    /** Inserts or updates (by key). */
    School saveSchool(School school);

    List<School> schools();

    // ---- accounts

    Account createAccount(NewAccount account);

    Optional<Account> findAccount(AccountId id);

    /** All accounts of a school, any status, sorted by last name, first name. */
    List<Account> accountsOfSchool(SchoolKey school);

    /**
     * Writes the changed fields (name, group, flags, status, merged-into) if the stored version still equals
     * {@code changed.version()}; returns the stored result with the next version.
     *
     * @throws StaleAccountException when someone else changed the account meanwhile
     */
    Account updateAccount(Account changed);

    // ---- identities

    Optional<Account> findByIdentity(String realmId, String subject);

    /** Accounts with an identity carrying this ECK iD (any realm). */
    List<Account> findByEckId(EckId eckId);

    /**
     * Links (realmId, subject) to the account, storing the ECK iD protected. Linking again to the same account
     * updates the ECK iD if one is given.
     *
     * @throws IdentityAlreadyLinkedException when the identity belongs to another account
     */
    LinkedIdentity linkIdentity(AccountId account, String realmId, String subject, Optional<EckId> eckId);

    /** Moves an existing identity to another account (merge and undo); returns false if it did not exist. */
    boolean moveIdentity(String realmId, String subject, AccountId to);

    List<LinkedIdentity> identitiesOf(AccountId account);
}
