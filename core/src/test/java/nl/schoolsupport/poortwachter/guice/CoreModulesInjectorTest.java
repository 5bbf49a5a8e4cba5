package nl.schoolsupport.poortwachter.guice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.realm.LoginRequest;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class CoreModulesInjectorTest {

    /** An integrator's realm, added in its own module without touching core. */
    static final class SchoolCardRealm implements LoginRealm {
        @Override
        public String id() {
            return "school-card";
        }

        @Override
        public ExternalIdentity authenticate(LoginRequest request) {
            return ExternalIdentity.builder(id(), "card-1").role(Role.PUPIL).build();
        }
    }

    static final class SchoolCardModule extends LoginRealmModule {
        @Override
        protected void configure() {
            bindLoginRealm().to(SchoolCardRealm.class);
        }
    }

    @Test
    void coreModulesBuildWithoutTouchingTheDatabase() {
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()), new PupilCodeModule(), new SchoolCardModule());

        Set<LoginRealm> realms = injector.getInstance(Key.get(new TypeLiteral<Set<LoginRealm>>() { }));
        assertThat(realms).extracting(LoginRealm::id).containsExactlyInAnyOrder("pupil-code", "school-card");
        assertThat(injector.getInstance(PoortwachterRealm.class).loginRealmIds()).contains("school-card");
        assertThat(injector.getInstance(PoortwachterRealm.class)).isSameAs(injector.getInstance(PoortwachterRealm.class));
        assertThat(injector.getInstance(Database.class).inTransaction()).isFalse();
    }
}
