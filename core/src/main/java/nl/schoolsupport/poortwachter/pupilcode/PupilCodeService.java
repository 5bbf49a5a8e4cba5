package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.Transactions;
import nl.schoolsupport.poortwachter.store.UnknownAccountException;

/**
 * Beheer's pupil logins: a teacher issues, resets or deactivates the own code of a pupil of the same
 * school. The plain password exists only in the returned {@link IssuedPupilCode}.
 */
public final class PupilCodeService {

    private static final int MAX_USERNAME_ATTEMPTS = 500;

    private final AccountStore accounts;
    private final PupilCredentialStore credentials;
    private final PasswordHasher hasher;
    private final HashingGate gate;
    private final Transactions transactions;
    private final ChildFriendlyPasswords passwords = new ChildFriendlyPasswords();

    @Inject
    public PupilCodeService(AccountStore accounts, PupilCredentialStore credentials, PasswordHasher hasher, HashingGate gate,
            Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts);
        this.credentials = Objects.requireNonNull(credentials);
        this.hasher = Objects.requireNonNull(hasher);
        this.gate = Objects.requireNonNull(gate);
        this.transactions = Objects.requireNonNull(transactions);
    }

    /** Creates the pupil's login, or resets it if one exists. */
    public IssuedPupilCode issue(AccountPrincipal teacher, AccountId pupilId) {
        Account pupil = pupilOfSameSchool(teacher, pupilId);
        char[] password = passwords.next();
        try {
            String hash = gate.run(() -> hasher.hash(password));
            String username = transactions.inTransaction(() -> {
                Optional<PupilCredential> existing = credentials.findByAccount(pupil.id());
                if (existing.isPresent()) {
                    credentials.replaceHash(pupil.id(), hash, Optional.of(teacher.accountId()));
                    return existing.get().username();
                }
                String created = createWithFreeUsername(pupil, hash, teacher.accountId());
                accounts.linkIdentity(pupil.id(), PupilCodeRealm.ID, created, Optional.empty());
                return created;
            });
            return new IssuedPupilCode(pupil.id(), username, new String(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Issues a login with a known password: for demo data and imports only, never for real pupils' cards. */
    public IssuedPupilCode issueWithPassword(AccountId pupilId, String preferredUsername, char[] password) {
        Account pupil = accounts.findAccount(pupilId).orElseThrow(() -> new UnknownAccountException(pupilId));
        String hash = gate.run(() -> hasher.hash(password));
        String username = preferredUsername.toLowerCase(java.util.Locale.ROOT);
        return transactions.inTransaction(() -> {
            if (!credentials.create(new PupilCredential(username, pupil.id(), hash, true), Optional.empty())) {
                throw new PoortwachterException(CoreErrorCode.DUPLICATE_USERNAME, "username is already taken");
            }
            accounts.linkIdentity(pupil.id(), PupilCodeRealm.ID, username, Optional.empty());
            return new IssuedPupilCode(pupil.id(), username, new String(password));
        });
    }

    public void deactivate(AccountPrincipal teacher, AccountId pupilId) {
        Account pupil = pupilOfSameSchool(teacher, pupilId);
        credentials.setActive(pupil.id(), false);
    }

    /** Adds a pupil to the teacher's own school (schools without a directory: Flanders, practices). */
    public Account addPupil(AccountPrincipal teacher, PersonName name, String group) {
        requireTeacher(teacher);
        if (name.isBlank()) {
            throw new nl.schoolsupport.poortwachter.error.InvalidInputException("pupil name: expected a first or last name");
        }
        return accounts.createAccount(NewAccount.pupil(teacher.school(), name, group));
    }

    /** The pupils of the teacher's school, by group then name, with their active username if any. */
    public java.util.List<PupilLogin> pupilsOf(AccountPrincipal teacher) {
        requireTeacher(teacher);
        java.util.Map<AccountId, String> usernames = credentials.activeUsernamesOfSchool(teacher.school());
        return accounts.accountsOfSchool(teacher.school()).stream()
                .filter(a -> a.role() == Role.PUPIL && a.status() != nl.schoolsupport.poortwachter.account.AccountStatus.MERGED)
                .sorted(java.util.Comparator.comparing((Account a) -> a.group().orElse("")).thenComparing(a -> a.name().sortName()))
                .map(a -> new PupilLogin(a, Optional.ofNullable(usernames.get(a.id()))))
                .toList();
    }

    /** A pupil and the username of the own-code login, when one is active. */
    public record PupilLogin(Account pupil, Optional<String> username) {
    }

    public Optional<String> usernameOf(AccountId pupil) {
        return credentials.findByAccount(pupil).filter(PupilCredential::active).map(PupilCredential::username);
    }

    private String createWithFreeUsername(Account pupil, String hash, AccountId issuedBy) {
        String base = Usernames.base(pupil.name());
        for (int attempt = 1; attempt <= MAX_USERNAME_ATTEMPTS; attempt++) {
            String candidate = Usernames.candidate(base, attempt);
            if (credentials.create(new PupilCredential(candidate, pupil.id(), hash, true), Optional.of(issuedBy))) {
                return candidate;
            }
        }
        throw new PoortwachterException(CoreErrorCode.DUPLICATE_USERNAME, "no free username after " + MAX_USERNAME_ATTEMPTS
                + " attempts for this name; rename the pupil slightly");
    }

    private static void requireTeacher(AccountPrincipal actor) {
        if (actor.role() != Role.TEACHER) {
            throw new PoortwachterException(CoreErrorCode.NOT_ALLOWED, "only teachers manage pupil logins");
        }
    }

    private Account pupilOfSameSchool(AccountPrincipal teacher, AccountId pupilId) {
        requireTeacher(teacher);
        Account pupil = accounts.findAccount(pupilId).orElseThrow(() -> new UnknownAccountException(pupilId));
        if (!pupil.school().equals(teacher.school()) || pupil.role() != Role.PUPIL) {
            // same answer as for an unknown id: do not reveal accounts of other schools
            throw new UnknownAccountException(pupilId);
        }
        return pupil;
    }
}
