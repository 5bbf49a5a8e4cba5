package nl.schoolsupport.poortwachter.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.licence.demo.DemoLicenceService;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.notice.Notice;
import nl.schoolsupport.poortwachter.notice.NoticeKind;
import nl.schoolsupport.poortwachter.notice.NoticeModule;
import nl.schoolsupport.poortwachter.notice.NoticeService;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.shiro.LoginToken;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class LicenceModuleTest {

    private static Injector injector(LicenceModule licence) {
        return Guice.createInjector(new PoortwachterModule(), new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new NoticeModule(), licence);
    }

    private static AccountPrincipal logIn(PoortwachterRealm realm, String username, String password) {
        LoginToken token = new LoginToken(new PasswordLogin(LicenceRealm.ID, username, password.toCharArray(),
                new ClientInfo("192.0.2.10", "JUnit")));
        return (AccountPrincipal) realm.getAuthenticationInfo(token).getPrincipals().getPrimaryPrincipal();
    }

    @Test
    void withoutBaseUrlTheDemoServiceIsStartedAndATeacherLogsInThroughCore() {
        Injector injector = injector(LicenceModule.fromConfig(LicenceConfig.builder().build()));
        Set<Startable> startables = injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { }));
        assertThat(startables).hasAtLeastOneElementOfType(DemoLicenceService.class)
                .hasAtLeastOneElementOfType(HttpLicenceClient.class);
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<LoginRealm>>() { })))
                .extracting(LoginRealm::id).contains(LicenceRealm.ID);

        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            assertThat(injector.getInstance(LicenceEndpoint.class).baseUrl().getHost()).isEqualTo("127.0.0.1");
            PoortwachterRealm realm = injector.getInstance(PoortwachterRealm.class);

            AccountPrincipal first = logIn(realm, "an.peeters", "Regenboog-2026");
            AccountPrincipal again = logIn(realm, "an.peeters", "Regenboog-2026");

            SchoolKey regenboog = SchoolKey.flemishInstitution("031856");
            assertThat(first.school()).isEqualTo(regenboog);
            assertThat(first.role()).isEqualTo(Role.TEACHER);
            assertThat(first.has(AccountFlag.ICT_COORDINATOR)).isTrue();
            assertThat(again.accountId()).as("linked on first login, found again").isEqualTo(first.accountId());
            assertThat(logIn(realm, "tom.maes", "Regenboog-2026").accountId()).isNotEqualTo(first.accountId());

            School school = injector.getInstance(AccountStore.class).findSchool(regenboog).orElseThrow();
            assertThat(school.name()).isEqualTo("Vrije Basisschool De Regenboog");
            assertThat(school.administrator()).contains(ContactPerson.of("Els Vermeulen", "els.vermeulen@regenboog.example"));
            NoticeService notices = injector.getInstance(NoticeService.class);
            assertThat(notices.forSchool(regenboog)).extracting(Notice::kind).contains(NoticeKind.LICENCE_AUTO_RENEWAL);
            assertThat(notices.forLoginPage(Optional.of(regenboog))).extracting(Notice::kind)
                    .contains(NoticeKind.LICENCE_AUTO_RENEWAL);
        }
    }

    @Test
    void withBaseUrlTheConfiguredServiceIsUsedAndNoDemoStarts() {
        LicenceConfig config = LicenceConfig.from(key -> switch (key) {
            case "licence.base-url" -> Optional.of("https://licenties.schoolsupport.example/api/");
            case "licence.read-timeout" -> Optional.of("PT3S");
            default -> Optional.empty();
        });
        Injector injector = injector(LicenceModule.fromConfig(config));

        assertThat(injector.getInstance(LicenceEndpoint.class).baseUrl())
                .isEqualTo(URI.create("https://licenties.schoolsupport.example/api"));
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Startable>>() { })))
                .noneMatch(s -> s instanceof DemoLicenceService);
        assertThat(injector.getInstance(LicenceConfig.class).readTimeout()).hasSeconds(3);
        assertThat(injector.getInstance(LicenceRealm.class)).isSameAs(injector.getInstance(LicenceRealm.class));
    }
}
