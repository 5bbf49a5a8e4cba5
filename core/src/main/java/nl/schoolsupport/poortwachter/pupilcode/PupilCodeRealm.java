package nl.schoolsupport.poortwachter.pupilcode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.InvalidCredentialsException;
import nl.schoolsupport.poortwachter.realm.PasswordLoginRealm;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.throttle.LoginThrottle;
import nl.schoolsupport.poortwachter.throttle.PasswordAttempts;

/**
 * Login with the username and password a teacher created in Beheer. The linked identity is
 * ({@code pupil-code}, username). The answer for an unknown username
 * equals the answer for a wrong password, and costs the same: a dummy Argon2id verification runs for
 * unknown names. Failed attempts are throttled per username and per client address.
 */
public final class PupilCodeRealm extends PasswordLoginRealm {

    public static final String ID = "pupil-code";

    private static final Logger LOG = LoggerFactory.getLogger(PupilCodeRealm.class);

    private final PupilCredentialStore credentials;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final HashingGate gate;
    private final PasswordAttempts attempts;
    private final String dummyHash;

    @Inject
    public PupilCodeRealm(PupilCredentialStore credentials, AccountStore accounts, PasswordHasher hasher, HashingGate gate,
            LoginThrottle throttle) {
        this.credentials = Objects.requireNonNull(credentials);
        this.accounts = Objects.requireNonNull(accounts);
        this.hasher = Objects.requireNonNull(hasher);
        this.gate = Objects.requireNonNull(gate);
        this.attempts = new PasswordAttempts(ID, throttle);
        this.dummyHash = hasher.hash(new ChildFriendlyPasswords().next());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProvisioningPolicy provisioning() {
        return ProvisioningPolicy.LINKED_ONLY;
    }

    /** A deactivated (or removed) code ends the sessions it started. */
    @Override
    public boolean loginStillAllowed(AccountId account) {
        return credentials.findByAccount(account).filter(PupilCredential::active).isPresent();
    }

    @Override
    protected ExternalIdentity check(PasswordLogin login) {
        if (!login.isWellFormed()) {
            throw new InvalidCredentialsException(ID);
        }
        PasswordAttempts.Attempt attempt = attempts.begin(login);
        Optional<PupilCredential> credential = credentials.findByUsername(login.username().toLowerCase(Locale.ROOT));
        String hash = credential.map(PupilCredential::passwordHash).orElse(dummyHash);
        boolean passwordMatches = gate.run(() -> hasher.verify(login.password(), hash));
        Optional<Account> account = credential.filter(PupilCredential::active).flatMap(c -> accounts.findAccount(c.account()));
        if (!passwordMatches || account.isEmpty()) {
            attempts.failed(attempt);
            throw new InvalidCredentialsException(ID);
        }
        attempts.succeeded(attempt);
        LOG.debug("Pupil code accepted for account {}", account.get().id());
        // the subject is the username: the identity moves with a merge, the username stays the pupil's own
        return ExternalIdentity.builder(ID, credential.get().username())
                .role(Role.PUPIL)
                .name(account.get().name())
                .group(account.get().group().orElse(null))
                .build();
    }
}
