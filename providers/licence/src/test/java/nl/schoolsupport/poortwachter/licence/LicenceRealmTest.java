package nl.schoolsupport.poortwachter.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.licence.demo.DemoLicenceService;
import nl.schoolsupport.poortwachter.notice.JdbcSchoolLicenceStore;
import nl.schoolsupport.poortwachter.notice.LicenceNoticeSource;
import nl.schoolsupport.poortwachter.notice.LicenceStatus;
import nl.schoolsupport.poortwachter.notice.Notice;
import nl.schoolsupport.poortwachter.notice.NoticeKind;
import nl.schoolsupport.poortwachter.notice.NoticeService;
import nl.schoolsupport.poortwachter.notice.SchoolLicence;
import nl.schoolsupport.poortwachter.throttle.LoginThrottle;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.LoginThrottledException;
import nl.schoolsupport.poortwachter.realm.PasswordLogin;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.school.SchoolKeyType;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/** The realm against the built-in demo licence service (real HTTP) and a real H2 store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LicenceRealmTest {

    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.23", "JUnit");
    private static final SchoolKey REGENBOOG = SchoolKey.flemishInstitution("031856");
    private static final SchoolKey KLAVERTJE = SchoolKey.flemishInstitution("027318");

    private Database db;
    private JdbcSchoolLicenceStore licences;
    private DemoLicenceService demo;
    private HttpLicenceClient client;
    private LoginThrottle throttle;
    private LicenceRealm realm;

    @BeforeAll
    void startServices() {
        db = new Database(TestDatabases.h2());
        db.start();
        licences = new JdbcSchoolLicenceStore(db);
        demo = new DemoLicenceService();
        demo.start();
        client = new HttpLicenceClient(LicenceConfig.builder().build(), demo);
    }

    @AfterAll
    void stopServices() {
        client.close();
        demo.close();
        db.close();
    }

    @BeforeEach
    void newRealm() {
        throttle = new LoginThrottle(Clock.systemUTC(), 1000);
        realm = realm(client, LicenceConfig.builder().build());
    }

    private LicenceRealm realm(LicenceClient licenceClient, LicenceConfig config) {
        return new LicenceRealm(licenceClient, config, licences, throttle, TestKeys.protector(), Clock.systemUTC());
    }

    private static PasswordLogin login(String username, String password) {
        return new PasswordLogin(LicenceRealm.ID, username, password.toCharArray(), CLIENT);
    }

    private static LocalDate today() {
        return LocalDate.now(LicenceNoticeSource.LICENCE_ZONE);
    }

    @Test
    void theDemoFlemishTeacherLogsIn() {
        PasswordLogin login = login("an.peeters", "Regenboog-2026");
        ExternalIdentity identity = realm.authenticate(login);

        assertThat(realm.supports(login)).isTrue();
        assertThat(realm.provisioning()).isEqualTo(ProvisioningPolicy.AUTO);
        assertThat(login.password()).as("password wiped").containsOnly('\0');
        assertThat(identity.realmId()).isEqualTo("licence");
        assertThat(identity.subject()).isEqualTo("LB-100231");
        assertThat(identity.role()).isEqualTo(Role.TEACHER);
        assertThat(identity.flags()).containsExactly(AccountFlag.ICT_COORDINATOR);
        assertThat(identity.name()).isEqualTo(PersonName.of("An", "", "Peeters"));
        assertThat(identity.school()).hasValueSatisfying(school -> {
            assertThat(school.key()).isEqualTo(REGENBOOG);
            assertThat(school.name()).isEqualTo("Vrije Basisschool De Regenboog");
            assertThat(school.country()).isEqualTo(Country.BE);
            assertThat(school.administrator()).contains(ContactPerson.of("Els Vermeulen", "els.vermeulen@regenboog.example"));
        });
        assertThat(identity.attributes()).containsEntry("licence.schoolCode", java.util.List.of("VL-031856"));

        SchoolLicence facts = licences.find(REGENBOOG, "BAREKA").orElseThrow();
        assertThat(facts.status()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(facts.validUntil()).isEqualTo(today().plusDays(45));
        assertThat(facts.autoRenewal()).isTrue();
        assertThat(facts.contact()).map(ContactPerson::name).contains("Els Vermeulen");

        NoticeService notices = new NoticeService(Set.of(new LicenceNoticeSource(licences)), Clock.systemUTC());
        assertThat(notices.forSchool(REGENBOOG)).extracting(Notice::kind).contains(NoticeKind.LICENCE_AUTO_RENEWAL);
        assertThat(notices.forLoginPage(Optional.empty())).as("the general renewal reminder on the login page")
                .anySatisfy(n -> assertThat(n.body().nl()).contains("automatisch verlengd").contains("Bareka"));
    }

    @Test
    void wrongPasswordsAreThrottledLikePupilCodes() {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> realm.authenticate(login("tom.maes", "verkeerd")))
                    .isInstanceOfSatisfying(LicenceCredentialsRejectedException.class,
                            e -> assertThat(e.countsAsFailedAttempt()).isTrue());
        }
        assertThatThrownBy(() -> realm.authenticate(login("Tom.Maes", "Regenboog-2026")))
                .as("throttled per username, case-insensitively, even with the right password")
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> realm.authenticate(login("", "x"))).isInstanceOf(LicenceCredentialsRejectedException.class);
    }

    @Test
    void anExpiredLicenceSaysWhatToDoAndIsRecorded() {
        assertThatThrownBy(() -> realm.authenticate(login("kris.wouters", "Klavertje-2026")))
                .isInstanceOfSatisfying(LicenceExpiredException.class, e -> {
                    assertThat(e.countsAsFailedAttempt()).isFalse();
                    assertThat(e.userMessage(Locale.forLanguageTag("nl-BE"))).contains("is verlopen op")
                            .contains("Bart De Smet").contains("verlengen");
                    assertThat(e.userMessage(Locale.ENGLISH)).contains("has expired");
                });
        assertThat(licences.find(KLAVERTJE, "BAREKA")).map(SchoolLicence::status).contains(LicenceStatus.EXPIRED);
        NoticeService notices = new NoticeService(Set.of(new LicenceNoticeSource(licences)), Clock.systemUTC());
        assertThat(notices.forSchool(KLAVERTJE)).filteredOn(n -> n.school().isPresent()).extracting(Notice::kind)
                .containsExactly(NoticeKind.LICENCE_EXPIRED);
    }

    @Test
    void noLicenceForTheProduct() {
        assertThatThrownBy(() -> realm.authenticate(login("lien.claes", "Zonnebloem-2026")))
                .isInstanceOfSatisfying(ProductNotLicensedException.class, e -> assertThat(e.userMessage(null))
                        .contains("geen licentie voor Bareka").contains("Sofie Claes"));
        LicenceRealm otherProduct = realm(client(LicenceConfig.builder().product("ONBEKEND").build()),
                LicenceConfig.builder().product("ONBEKEND").build());
        assertThatThrownBy(() -> otherProduct.authenticate(login("an.peeters", "Regenboog-2026")))
                .isInstanceOf(ProductNotLicensedException.class).hasMessageContaining("PW-LICENCE-003");
    }

    private HttpLicenceClient client(LicenceConfig config) {
        return new HttpLicenceClient(config, demo);
    }

    @Test
    void aBlockedAccount() {
        assertThatThrownBy(() -> realm.authenticate(login("piet.geblokkeerd", "Regenboog-2026")))
                .isInstanceOfSatisfying(LicenceAccountBlockedException.class, e -> {
                    assertThat(e.countsAsFailedAttempt()).isFalse();
                    assertThat(e.userMessage(null)).contains("geblokkeerd").contains("Els Vermeulen");
                });
    }

    @Test
    void theServiceRateLimitsGuessing() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> client.authenticate("raden.gokken", "fout".toCharArray(), CLIENT))
                    .isInstanceOf(LicenceCredentialsRejectedException.class);
        }
        assertThatThrownBy(() -> client.authenticate("raden.gokken", "fout".toCharArray(), CLIENT))
                .isInstanceOfSatisfying(LicenceRateLimitedException.class,
                        e -> assertThat(e.retryAfter()).hasSeconds(60));
    }

    @Test
    void aServiceThatIsDownNeverLocksTheTeacherOut() throws IOException {
        try (ContractServer down = new ContractServer();
                HttpLicenceClient downClient = new HttpLicenceClient(LicenceConfig.builder().build(),
                        LicenceEndpoint.fixed(down.baseUrl()))) {
            down.answer(ex -> ContractServer.json(ex, 503, "{}"));
            LicenceRealm whileDown = realm(downClient, LicenceConfig.builder().build());
            for (int i = 0; i < 12; i++) {
                assertThatThrownBy(() -> whileDown.authenticate(login("an.peeters", "Regenboog-2026")))
                        .isInstanceOf(LicenceServiceUnavailableException.class);
            }
        }
        assertThat(realm.authenticate(login("an.peeters", "Regenboog-2026")).subject()).isEqualTo("LB-100231");
    }

    @Test
    void answersOutsideTheContractAreRefusedAndSchoolKeysFollowThePreference() throws IOException {
        try (ContractServer odd = new ContractServer();
                HttpLicenceClient oddClient = new HttpLicenceClient(LicenceConfig.builder().build(),
                        LicenceEndpoint.fixed(odd.baseUrl()))) {
            LicenceRealm oddRealm = realm(oddClient, LicenceConfig.builder().build());
            String valid = Answers.success(today().plusDays(100));

            odd.answer(ex -> ContractServer.json(ex, 200, valid.replace("\"institutionNumber\": \"123456\"", "\"brin\": \"12ab00\"")));
            assertThat(oddRealm.authenticate(login("jan", "pw")).school().orElseThrow().key()).isEqualTo(SchoolKey.brin("12AB00"));
            odd.answer(ex -> ContractServer.json(ex, 200, valid.replace(", \"institutionNumber\": \"123456\"", "")));
            assertThat(oddRealm.authenticate(login("jan", "pw")).school().orElseThrow().key().type())
                    .isEqualTo(SchoolKeyType.LICENCE_CODE);
            ExternalIdentity full = null;
            odd.answer(ex -> ContractServer.json(ex, 200, valid));
            full = oddRealm.authenticate(login("jan", "pw"));
            assertThat(full.name()).isEqualTo(PersonName.of("Jan", "van", "Damme"));
            assertThat(full.flags()).as("unknown duties ignored").containsExactly(AccountFlag.SCHOOL_ADMINISTRATOR);

            for (String broken : new String[] {
                    valid.replace("\"role\": \"teacher\"", "\"role\": \"pupil\""),
                    valid.replace("\"institutionNumber\": \"123456\"", "\"institutionNumber\": \"12345\""),
                    valid.replace("\"country\": \"BE\"", "\"country\": \"FR\""),
                    valid.replace("\"status\": \"active\"", "\"status\": \"dormant\""),
                    valid.replace("\"product\": \"BAREKA\"", "\"product\": \"OTHER\""),
                    valid.replace("\"id\": \"LB-9001\", ", ""),
                    "{\"user\": null}"}) {
                odd.answer(ex -> ContractServer.json(ex, 200, broken));
                assertThatThrownBy(() -> oddRealm.authenticate(login("jan", "pw")))
                        .isInstanceOfSatisfying(LicenceServiceUnavailableException.class, e -> {
                            assertThat(e.errorCode()).isEqualTo(LicenceErrorCode.INVALID_ANSWER);
                            assertThat(e.countsAsFailedAttempt()).isFalse();
                        });
            }

            // a 200 for a licence that its own dates call expired is refused as expired
            odd.answer(ex -> ContractServer.json(ex, 200, Answers.success(today().minusDays(1))));
            assertThatThrownBy(() -> oddRealm.authenticate(login("jan", "pw"))).isInstanceOf(LicenceExpiredException.class);
        }
    }
}
