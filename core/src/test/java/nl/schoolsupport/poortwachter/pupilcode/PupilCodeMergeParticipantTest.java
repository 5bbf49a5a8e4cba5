package nl.schoolsupport.poortwachter.pupilcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.apache.shiro.subject.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.merge.MergeActor;
import nl.schoolsupport.poortwachter.merge.MergeModule;
import nl.schoolsupport.poortwachter.merge.MergeRecord;
import nl.schoolsupport.poortwachter.merge.MergeService;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.shiro.LoginToken;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.testing.CoreFixture;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

/** A merged pupil keeps the own code on the surviving account; undo gives it back. */
class PupilCodeMergeParticipantTest {

    private CoreFixture core;
    private AccountStore store;
    private PupilCodeService codes;
    private MergeService merges;
    private AccountPrincipal coordinator;

    @BeforeEach
    void setUp() {
        core = CoreFixture.start(TestDatabases.h2(), new MergeModule());
        store = core.get(AccountStore.class);
        codes = core.get(PupilCodeService.class);
        merges = core.get(MergeService.class);
        School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        coordinator = AccountPrincipal.of(store.createAccount(NewAccount.teacher(school.key(), PersonName.of("Joris", "de", "Jong"),
                Set.of(AccountFlag.ICT_COORDINATOR))), "basispoort");
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void theCodeFollowsTheMergeAndComesBackOnUndo() {
        Account legacy = store.createAccount(NewAccount.pupil(coordinator.school(), PersonName.of("Zoë", "", "Çelik"), "groep 4b"));
        IssuedPupilCode code = codes.issue(coordinator, legacy.id());
        Account imported = store.createAccount(NewAccount.pupil(coordinator.school(), PersonName.of("Zoë", "", "Çelik"), "groep 5b"));
        store.linkIdentity(imported.id(), "basispoort", "1001501", Optional.empty());

        MergeRecord merge = merges.merge(legacy.id(), imported.id(), MergeActor.coordinator(coordinator), "same child");

        assertThat(codes.usernameOf(imported.id())).contains(code.username());
        assertThat(codes.usernameOf(legacy.id())).isEmpty();
        Subject subject = core.newSubject();
        subject.login(new LoginToken(new PasswordLogin(PupilCodeRealm.ID, code.username(), code.password().toCharArray(),
                new ClientInfo("10.1.1.1", "test"))));
        assertThat(subject.getPrincipals().oneByType(AccountPrincipal.class).accountId()).isEqualTo(imported.id());

        merges.undo(merge.id(), MergeActor.coordinator(coordinator), "wrong child");

        assertThat(codes.usernameOf(legacy.id())).contains(code.username());
        assertThat(codes.usernameOf(imported.id())).isEmpty();
    }
}
