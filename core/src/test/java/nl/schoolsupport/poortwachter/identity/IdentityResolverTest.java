package nl.schoolsupport.poortwachter.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.NotProvisionedException;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.testing.CoreFixture;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class IdentityResolverTest {

    private static final EckId DAAN_ECK = EckId.of("https://ketenid.nl/201703/" + "d4".repeat(32));

    private CoreFixture core;
    private AccountStore store;
    private IdentityResolver resolver;

    @BeforeEach
    void setUp() {
        core = CoreFixture.start(TestDatabases.h2());
        store = core.get(AccountStore.class);
        resolver = core.get(IdentityResolver.class);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    private static ExternalIdentity entreeDaan(String brin) {
        return ExternalIdentity.builder("entree", "daan@regenboog")
                .role(Role.PUPIL)
                .name(PersonName.of("Daan", "van der", "Berg"))
                .school(School.of(SchoolKey.brin(brin), "OBS De Regenboog", Country.NL))
                .eckId(Optional.of(DAAN_ECK))
                .build();
    }

    @Test
    void autoPolicyCreatesSchoolAndAccountOnceThenFindsTheLink() {
        ResolvedAccount first = resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.AUTO);
        ResolvedAccount second = resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.AUTO);

        assertThat(first.path()).isEqualTo(ResolutionPath.PROVISIONED);
        assertThat(second.path()).isEqualTo(ResolutionPath.LINKED);
        assertThat(second.account().id()).isEqualTo(first.account().id());
        assertThat(store.findSchool(SchoolKey.brin("12AB00"))).isPresent();
        assertThat(store.accountsOfSchool(SchoolKey.brin("12AB00"))).hasSize(1);
    }

    @Test
    void eckIdLinksANewRealmToTheExistingAccountOfTheSameSchool() {
        School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        Account imported = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Daan", "van der", "Berg"), "groep 6"));
        store.linkIdentity(imported.id(), "basispoort", "1001", Optional.of(DAAN_ECK));

        ResolvedAccount resolved = resolver.resolve(entreeDaan("12AB"), ProvisioningPolicy.AUTO);

        assertThat(resolved.path()).isEqualTo(ResolutionPath.ECK_ID);
        assertThat(resolved.account().id()).isEqualTo(imported.id());
        assertThat(store.findByIdentity("entree", "daan@regenboog")).map(Account::id).contains(imported.id());
    }

    @Test
    void eckIdOfAnotherSchoolIsNotFollowed() {
        School other = store.saveSchool(School.of(SchoolKey.brin("34CD00"), "Het Baken", Country.NL));
        Account there = store.createAccount(NewAccount.pupil(other.key(), PersonName.of("Daan", "van der", "Berg"), "groep 8"));
        store.linkIdentity(there.id(), "basispoort", "2002", Optional.of(DAAN_ECK));

        ResolvedAccount resolved = resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.AUTO);

        assertThat(resolved.path()).isEqualTo(ResolutionPath.PROVISIONED);
        assertThat(resolved.account().id()).isNotEqualTo(there.id());
    }

    @Test
    void mergedAccountsLeadToTheirSurvivor() {
        School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        Account old = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Daan", "", "Berg"), "groep 5"));
        Account survivor = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Daan", "van der", "Berg"), "groep 6"));
        store.linkIdentity(old.id(), "pupil-code", old.id().toString(), Optional.empty());
        store.updateAccount(old.mergedInto(survivor.id()));

        ResolvedAccount resolved = resolver.resolve(ExternalIdentity.builder("pupil-code", old.id().toString())
                .name(old.name()).build(), ProvisioningPolicy.LINKED_ONLY);

        assertThat(resolved.account().id()).isEqualTo(survivor.id());
        assertThat(resolved.account().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void restrictivePoliciesRefuseUnknownIdentities() {
        assertThatThrownBy(() -> resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.DIRECTORY_ONLY))
                .isInstanceOf(NotProvisionedException.class).hasMessageContaining("PW-LOGIN-005")
                .satisfies(e -> assertThat(((NotProvisionedException) e).school()).contains(SchoolKey.brin("12AB00")));
        assertThatThrownBy(() -> resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.KNOWN_SCHOOLS))
                .isInstanceOf(NotProvisionedException.class).hasMessageContaining("not known");
        assertThat(store.schools()).isEmpty();
    }

    @Test
    void providerOwnedNamesAndGroupsAreKeptCurrent() {
        ResolvedAccount first = resolver.resolve(entreeDaan("12AB00"), ProvisioningPolicy.AUTO);
        ExternalIdentity renamed = ExternalIdentity.builder("entree", "daan@regenboog").role(Role.PUPIL)
                .name(PersonName.of("Daan", "van den", "Berg")).group("groep 7")
                .school(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL)).build();

        Account updated = resolver.resolve(renamed, ProvisioningPolicy.AUTO).account();

        assertThat(updated.id()).isEqualTo(first.account().id());
        assertThat(updated.name().infix()).isEqualTo("van den");
        assertThat(updated.group()).contains("groep 7");
    }

    @Test
    void aNewAdministratorFromTheProviderReplacesTheStoredOne() {
        ExternalIdentity first = ExternalIdentity.builder("licence", "u-1").role(Role.TEACHER).name(PersonName.of("An", "", "Peeters"))
                .school(School.of(SchoolKey.flemishInstitution("031856"), "VBS De Regenboog", Country.BE)
                        .withAdministrator(nl.schoolsupport.poortwachter.school.ContactPerson.of("Els Vermeulen", "els@school.example")))
                .build();
        resolver.resolve(first, ProvisioningPolicy.AUTO);
        ExternalIdentity later = ExternalIdentity.builder("licence", "u-1").role(Role.TEACHER).name(PersonName.of("An", "", "Peeters"))
                .school(School.of(SchoolKey.flemishInstitution("031856"), "VBS De Regenboog", Country.BE)
                        .withAdministrator(nl.schoolsupport.poortwachter.school.ContactPerson.of("Jan Claes", "jan@school.example")))
                .build();
        resolver.resolve(later, ProvisioningPolicy.AUTO);
        assertThat(store.findSchool(SchoolKey.flemishInstitution("031856")).orElseThrow().administrator())
                .map(nl.schoolsupport.poortwachter.school.ContactPerson::name).contains("Jan Claes");
    }

    @Test
    void eckIdIsNotFollowedWhenTheProviderNamesNoSchool() {
        School school = store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        Account there = store.createAccount(NewAccount.pupil(school.key(), PersonName.of("Daan", "van der", "Berg"), "groep 6"));
        store.linkIdentity(there.id(), "basispoort", "1001502", Optional.of(DAAN_ECK));

        ExternalIdentity schoolless = ExternalIdentity.builder("basispoort", "2009999").role(Role.PUPIL)
                .name(PersonName.of("Daan", "van der", "Berg")).eckId(Optional.of(DAAN_ECK)).build();

        assertThatThrownBy(() -> resolver.resolve(schoolless, ProvisioningPolicy.DIRECTORY_ONLY))
                .isInstanceOf(NotProvisionedException.class);
        assertThat(store.findByIdentity("basispoort", "2009999")).isEmpty();
    }

    @Test
    void aBrin6IsNeverPlacedAtAnotherVestiging() {
        store.saveSchool(School.of(SchoolKey.brin("12AB00"), "OBS De Regenboog", Country.NL));
        Account created = resolver.resolve(entreeDaan("12AB01"), ProvisioningPolicy.AUTO).account();
        assertThat(created.school()).isEqualTo(SchoolKey.brin("12AB01"));
        Account viaBrin4 = resolver.resolve(ExternalIdentity.builder("entree", "anna@regenboog").role(Role.TEACHER)
                .name(PersonName.of("Anna", "", "Jansen"))
                .school(School.of(SchoolKey.brin("34CD"), "Het Baken", Country.NL)).build(), ProvisioningPolicy.AUTO).account();
        assertThat(viaBrin4.school()).isEqualTo(SchoolKey.brin("34CD"));
    }
}
