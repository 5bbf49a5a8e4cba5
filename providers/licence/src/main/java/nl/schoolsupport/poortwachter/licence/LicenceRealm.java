package nl.schoolsupport.poortwachter.licence;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.licence.api.SchoolLicenceResponse;
import nl.schoolsupport.poortwachter.notice.LicenceNoticeSource;
import nl.schoolsupport.poortwachter.notice.SchoolLicence;
import nl.schoolsupport.poortwachter.notice.SchoolLicenceStore;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.throttle.LoginThrottle;
import nl.schoolsupport.poortwachter.throttle.PasswordAttempts;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;
import nl.schoolsupport.poortwachter.realm.PasswordLoginRealm;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.store.StoreUnavailableException;

/**
 * Login with the username and password that Schoolsupport's licence management system issued (Flemish teachers
 * and other schools without Basispoort). The licence service checks the password and reports the school, its
 * administrator and the licence; this realm maps that to an {@link ExternalIdentity} and records the licence facts
 * for notices and the teacher home page. Accounts are created on first login ({@link ProvisioningPolicy#AUTO}).
 *
 * <p>Wrong passwords are throttled per username and per client address, like pupil codes, before the service is
 * even asked. A service that is down, slow or talks garbage is {@link LicenceServiceUnavailableException}: never
 * counted against the teacher.
 */
public final class LicenceRealm extends PasswordLoginRealm {

    public static final String ID = "licence";

    private static final Logger LOG = LoggerFactory.getLogger(LicenceRealm.class);

    private final LicenceClient client;
    private final LicenceConfig config;
    private final SchoolLicenceStore licences;
    private final PasswordAttempts attempts;
    private final DataProtector protector;
    private final Clock clock;

    @Inject
    public LicenceRealm(LicenceClient client, LicenceConfig config, SchoolLicenceStore licences,
            @LicenceThrottle LoginThrottle throttle, DataProtector protector, Clock clock) {
        this.client = Objects.requireNonNull(client);
        this.config = Objects.requireNonNull(config);
        this.licences = Objects.requireNonNull(licences);
        this.attempts = new PasswordAttempts(ID, throttle);
        this.protector = Objects.requireNonNull(protector);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProvisioningPolicy provisioning() {
        return ProvisioningPolicy.AUTO;
    }

    @Override
    protected ExternalIdentity check(PasswordLogin login) {
        if (!login.isWellFormed()) {
            throw new LicenceCredentialsRejectedException();
        }
        PasswordAttempts.Attempt attempt = attempts.begin(login);
        String who = protector.pseudonym(attempt.accountKey());
        LicenceAnswers.LicenceLogin result;
        try {
            result = LicenceAnswers.toLogin(ID, config.product(), client.authenticate(login.username(), login.password(),
                    login.client()), clock.instant());
        } catch (LicenceExpiredException e) {
            e.reported().ifPresent(this::recordReported);
            throw logged(e, who);
        } catch (LoginFailedException e) {
            if (e.countsAsFailedAttempt()) {
                attempts.failed(attempt);
            }
            throw logged(e, who);
        }
        attempts.succeeded(attempt);
        SchoolLicence licence = result.licence();
        record(licence);
        if (licence.isExpiredOn(clock.instant().atZone(LicenceNoticeSource.LICENCE_ZONE)
                .toLocalDate())) {
            // the service said yes, but its own data says expired: trust the data, the contract says 403
            throw logged(new LicenceExpiredException(new LicenceDetails(licence.productName(),
                    Optional.of(licence.validUntil()), licence.contact())), who);
        }
        LOG.info("Licence login of {} accepted for school {} (licence {} until {})", who, licence.school().asText(),
                licence.status(), licence.validUntil());
        return result.identity();
    }

    private void recordReported(SchoolLicenceResponse reported) {
        try {
            record(LicenceAnswers.toSchoolLicence(reported.school(), reported.administrator(), reported.licence(),
                    clock.instant()));
        } catch (LicenceServiceUnavailableException e) {
            LOG.debug("Expired-licence details not recorded: {}", e.getMessage());
        }
    }

    /** Best effort: the facts feed notices; a database hiccup must not turn a good login into a failed one. */
    private void record(SchoolLicence licence) {
        try {
            licences.save(licence);
        } catch (StoreUnavailableException e) {
            LOG.warn("Licence facts of school {} not recorded: {}", licence.school().asText(), e.getMessage());
        }
    }

    private static <E extends LoginFailedException> E logged(E e, String who) {
        LOG.info("Licence login of {} refused: {}", who, e.getMessage());
        return e;
    }
}
