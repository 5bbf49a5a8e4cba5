package nl.schoolsupport.poortwachter.pupilcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.subject.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.LoginErrorCode;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.shiro.LoginRevalidation;
import nl.schoolsupport.poortwachter.shiro.LoginToken;
import nl.schoolsupport.poortwachter.shiro.PoortwachterPermissions;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.UnknownAccountException;
import nl.schoolsupport.poortwachter.testing.CoreFixture;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

/** Pupil code login through the real Shiro realm, Guice wiring and H2. */
class PupilCodeLoginTest {

    private CoreFixture core;
    private AccountStore store;
    private PupilCodeService codes;
    private AccountPrincipal teacher;
    private Account zoe;

    @BeforeEach
    void setUp() {
        core = CoreFixture.start(TestDatabases.h2());
        store = core.get(AccountStore.class);
        codes = core.get(PupilCodeService.class);
        School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        Account juf = store.createAccount(NewAccount.teacher(school.key(), PersonName.of("Marieke", "", "de Boer"),
                Set.of(AccountFlag.ICT_COORDINATOR)));
        teacher = AccountPrincipal.of(juf, "test");
        zoe = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Zoë", "", "Çelik"), "groep 5b"));
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    private Subject login(String username, String password, String address) {
        Subject subject = core.newSubject();
        subject.login(new LoginToken(new PasswordLogin(PupilCodeRealm.ID, username, password.toCharArray(),
                new ClientInfo(address, "test"))));
        return subject;
    }

    private static LoginErrorCode failure(Runnable attempt) {
        try {
            attempt.run();
        } catch (AuthenticationException e) {
            return (LoginErrorCode) PoortwachterException.findIn(e).orElseThrow().errorCode();
        }
        throw new AssertionError("login unexpectedly succeeded");
    }

    @Test
    void issuedCodeLogsThePupilInWithPupilRole() {
        IssuedPupilCode code = codes.issue(teacher, zoe.id());
        assertThat(code.username()).isEqualTo("zoe.celik");

        Subject subject = login("Zoe.Celik", code.password(), "10.0.0.1");

        AccountPrincipal principal = subject.getPrincipals().oneByType(AccountPrincipal.class);
        assertThat(principal.accountId()).isEqualTo(zoe.id());
        assertThat(principal.displayName()).isEqualTo("Zoë Çelik");
        assertThat(subject.hasRole(PoortwachterPermissions.ROLE_PUPIL)).isTrue();
        assertThat(subject.hasRole(PoortwachterPermissions.ROLE_TEACHER)).isFalse();
        assertThat(subject.isPermitted(PoortwachterPermissions.TAKE_TESTS)).isTrue();
        assertThat(subject.isPermitted(PoortwachterPermissions.MANAGE_PUPILS)).isFalse();
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        IssuedPupilCode code = codes.issue(teacher, zoe.id());
        assertThat(failure(() -> login(code.username(), "verkeerd", "10.0.0.2"))).isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);
        assertThat(failure(() -> login("niemand", "verkeerd", "10.0.0.2"))).isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);
        assertThat(failure(() -> login("", "", "10.0.0.2"))).isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);
        assertThat(failure(() -> login("x".repeat(5000), "y".repeat(5000), "10.0.0.2")))
                .isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() {
        IssuedPupilCode code = codes.issue(teacher, zoe.id());
        for (int i = 0; i < 6; i++) {
            assertThat(failure(() -> login(code.username(), "fout", "10.0.0." + (10 + 0)))).isIn(LoginErrorCode.INVALID_CREDENTIALS);
        }
        assertThat(failure(() -> login(code.username(), code.password(), "10.9.9.9"))).isEqualTo(LoginErrorCode.THROTTLED);
    }

    @Test
    void resetReplacesThePasswordAndKeepsTheUsername() {
        IssuedPupilCode first = codes.issue(teacher, zoe.id());
        IssuedPupilCode second = codes.issue(teacher, zoe.id());
        assertThat(second.username()).isEqualTo(first.username());
        assertThat(failure(() -> login(first.username(), first.password(), "10.0.1.1"))).isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);
        assertThat(login(second.username(), second.password(), "10.0.1.1").isAuthenticated()).isTrue();
    }

    @Test
    void deactivatedCodesAndDepartedPupilsCannotLogIn() {
        IssuedPupilCode code = codes.issue(teacher, zoe.id());
        codes.deactivate(teacher, zoe.id());
        assertThat(failure(() -> login(code.username(), code.password(), "10.0.2.1"))).isEqualTo(LoginErrorCode.INVALID_CREDENTIALS);

        IssuedPupilCode again = codes.issue(teacher, zoe.id());
        store.updateAccount(store.findAccount(zoe.id()).orElseThrow().withStatus(AccountStatus.DEPARTED));
        assertThat(failure(() -> login(again.username(), again.password(), "10.0.2.1"))).isEqualTo(LoginErrorCode.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void aSessionStaysValidUntilItsCodeIsDeactivated() {
        LoginRevalidation revalidation = core.get(LoginRevalidation.class);
        IssuedPupilCode code = codes.issue(teacher, zoe.id());
        AccountPrincipal principal = login(code.username(), code.password(), "10.0.3.1").getPrincipals()
                .oneByType(AccountPrincipal.class);
        assertThat(revalidation.stillValid(principal)).isTrue();

        codes.issue(teacher, zoe.id()); // a reset (forgotten password) does not end the session
        assertThat(revalidation.stillValid(principal)).isTrue();

        codes.deactivate(teacher, zoe.id());
        assertThat(revalidation.stillValid(principal)).isFalse();
    }

    @Test
    void aSessionEndsWhenTheAccountLeavesOrItsDutiesChange() {
        LoginRevalidation revalidation = core.get(LoginRevalidation.class);
        AccountPrincipal pupil = AccountPrincipal.of(zoe, "entree");
        assertThat(revalidation.stillValid(pupil)).as("a realm without its own say").isTrue();
        assertThat(revalidation.stillValid(teacher)).isTrue();

        store.updateAccount(store.findAccount(zoe.id()).orElseThrow().withStatus(AccountStatus.DEPARTED));
        Account juf = store.findAccount(teacher.accountId()).orElseThrow();
        store.updateAccount(juf.withFlags(Set.of()));

        assertThat(revalidation.stillValid(pupil)).isFalse();
        assertThat(revalidation.stillValid(teacher)).as("no longer ICT coordinator").isFalse();
        assertThat(revalidation.stillValid(AccountPrincipal.of(store.findAccount(juf.id()).orElseThrow(), "test"))).isTrue();
    }

    @Test
    void namesakesGetDistinctUsernames() {
        Account otherZoe = store.createAccount(NewAccount.pupil(zoe.school(), PersonName.of("Zoe", "", "Celik"), "groep 3"));
        assertThat(codes.issue(teacher, zoe.id()).username()).isEqualTo("zoe.celik");
        assertThat(codes.issue(teacher, otherZoe.id()).username()).isEqualTo("zoe.celik2");
    }

    @Test
    void teachersOnlyManagePupilsOfTheirOwnSchool() {
        School other = store.saveSchool(School.of(SchoolKey.brin("34CD00"), "Het Baken", Country.NL));
        Account stranger = store.createAccount(NewAccount.pupil(other.key(), PersonName.of("Sem", "", "Bakker"), "groep 4"));
        assertThatThrownBy(() -> codes.issue(teacher, stranger.id())).isInstanceOf(UnknownAccountException.class);
        AccountPrincipal pupil = AccountPrincipal.of(zoe, "test");
        assertThatThrownBy(() -> codes.issue(pupil, zoe.id())).isInstanceOf(PoortwachterException.class)
                .hasMessageContaining("PW-CORE-008");
        assertThat(codes.usernameOf(stranger.id())).isEqualTo(Optional.empty());
    }

    @Test
    void teachersAddPupilsAndSeeWhoHasALogin() {
        Account added = codes.addPupil(teacher, PersonName.of("Noor", "", "El Amrani"), "groep 3a");
        codes.issue(teacher, added.id());

        assertThat(codes.pupilsOf(teacher)).extracting(l -> l.pupil().name().displayName(), l -> l.username().orElse("-"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Noor El Amrani", "noor.elamrani"),
                        org.assertj.core.groups.Tuple.tuple("Zoë Çelik", "-"));
        assertThat(added.school()).isEqualTo(teacher.school());
        assertThatThrownBy(() -> codes.addPupil(teacher, PersonName.of("", "", ""), "groep 3"))
                .hasMessageContaining("PW-CORE-001");
    }
}
