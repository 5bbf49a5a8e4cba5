package nl.schoolsupport.poortwachter.guice;

import java.time.Clock;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.merge.MergeModule;
import nl.schoolsupport.poortwachter.pupilcode.Argon2Parameters;
import nl.schoolsupport.poortwachter.pupilcode.Argon2idHasher;
import nl.schoolsupport.poortwachter.pupilcode.HashingGate;
import nl.schoolsupport.poortwachter.pupilcode.LoginThrottle;
import nl.schoolsupport.poortwachter.pupilcode.PasswordHasher;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeRealm;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeMergeParticipant;

/**
 * Pupil logins with an own code: the realm, the Beheer service, Argon2id (OWASP minimum by default;
 * override {@link Argon2Parameters} or {@link HashingGate} with an {@code OptionalBinder}).
 */
public final class PupilCodeModule extends LoginRealmModule {

    private static final int MAX_THROTTLED_KEYS = 200_000;

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Argon2Parameters.class).setDefault().toInstance(Argon2Parameters.OWASP_MINIMUM);
        OptionalBinder.newOptionalBinder(binder(), HashingGate.class).setDefault().toProvider(HashingGate::sizedToMachine)
                .in(Singleton.class);
        bind(PasswordHasher.class).to(Argon2idHasher.class).in(Singleton.class);
        bind(PupilCodeService.class).in(Singleton.class);
        bind(PupilCodeRealm.class).in(Singleton.class);
        bindLoginRealm().to(PupilCodeRealm.class);
        MergeModule.bindParticipant(binder()).to(PupilCodeMergeParticipant.class);
    }

    @Provides
    @Singleton
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock, MAX_THROTTLED_KEYS);
    }
}
