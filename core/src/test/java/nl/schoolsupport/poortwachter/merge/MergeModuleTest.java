package nl.schoolsupport.poortwachter.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.sync.SchoolImport;
import nl.schoolsupport.poortwachter.sync.SchoolImportListener;
import nl.schoolsupport.poortwachter.sync.SyncCounts;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class MergeModuleTest {

    /** Counts calls, to show the multibinder reaches the service. */
    static final class CountingParticipant implements MergeParticipant {
        int merges;

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public String merge(MergeEvent event) {
            merges++;
            return "";
        }

        @Override
        public void undo(MergeEvent event, String memo) {
            merges--;
        }

        @Override
        public long dataCount(AccountId account) {
            return 0;
        }
    }

    @Test
    void injectorBuildsWithoutIoAndTheServiceMergesWithBoundParticipantsAndSettings() {
        CountingParticipant participant = new CountingParticipant();
        Injector injector = Guice.createInjector(new PoortwachterModule(), new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new MergeModule(), new AutoMergeOnImportModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        MergeModule.bindParticipant(binder()).toInstance(participant);
                        OptionalBinder.newOptionalBinder(binder(), MergeSettings.class).setBinding()
                                .toInstance(new MergeSettings("directory"));
                    }
                });
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<MergeParticipant>>() { }))).containsExactly(participant);
        assertThat(injector.getInstance(MergeSettings.class).directoryRealmId()).isEqualTo("directory");
        assertThat(injector.getInstance(MergeService.class)).isSameAs(injector.getInstance(MergeService.class));

        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            AccountStore store = injector.getInstance(AccountStore.class);
            School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "De Regenboog", Country.NL));
            Account old = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Evi", "", "Kramer"), "groep 3"));
            Account now = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Evi", "", "Kramer"), "groep 4"));
            store.linkIdentity(now.id(), "directory", "d-1", Optional.empty());
            MergeService service = injector.getInstance(MergeService.class);

            assertThat(service.proposals(school.key()).imported()).extracting(s -> s.account().id()).containsExactly(now.id());
            MergeRecord record = service.merge(old.id(), now.id(), MergeActor.system("test"), "");
            assertThat(participant.merges).isEqualTo(1);
            service.undo(record.id(), MergeActor.system("test"));
            assertThat(participant.merges).isZero();

            // the sync's hook merges the certain pairs after an import of the directory realm, and only then
            SchoolImportListener listener = injector.getInstance(Key.get(new TypeLiteral<Set<SchoolImportListener>>() { }))
                    .iterator().next();
            listener.schoolImported(new SchoolImport("other", "9", school.key(), "run-0", SyncCounts.NONE, List.of(), List.of(),
                    List.of(), List.of()));
            assertThat(store.findAccount(old.id()).orElseThrow().isActive()).isTrue();
            listener.schoolImported(new SchoolImport("directory", "9", school.key(), "run-1", SyncCounts.NONE, List.of(),
                    List.of(), List.of(), List.of()));
            assertThat(store.findAccount(old.id()).orElseThrow().mergedInto()).contains(now.id());
            assertThat(service.history(school.key()).get(0).by().label()).isEqualTo("directory-sync");
            assertThat(service.history(school.key()).get(0).rule()).isEqualTo(MatchRule.UNIQUE_NAME);
        }
    }
}
