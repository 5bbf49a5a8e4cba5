package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Optional;

import nl.schoolsupport.poortwachter.account.AccountId;

/** Storage of pupil logins. Usernames are unique across the whole store (case-insensitive). */
public interface PupilCredentialStore {

    Optional<PupilCredential> findByUsername(String username);

    Optional<PupilCredential> findByAccount(AccountId account);

    /** @return false if the username is taken */
    boolean create(PupilCredential credential, Optional<AccountId> issuedBy);

    /** Replaces the hash (a reset) and activates the login. */
    void replaceHash(AccountId account, String passwordHash, Optional<AccountId> issuedBy);

    void setActive(AccountId account, boolean active);

    /**
     * Moves the login of {@code from} to {@code to} if {@code to} has none (a merge, or its undo).
     *
     * @return true if a login moved
     */
    boolean moveToAccount(AccountId from, AccountId to);

    /** Active usernames of every pupil of a school, by account (one query, for Beheer lists). */
    java.util.Map<AccountId, String> activeUsernamesOfSchool(nl.schoolsupport.poortwachter.school.SchoolKey school);
}
