package nl.schoolsupport.poortwachter.guice;

import java.time.Clock;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.identity.IdentityResolver;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/**
 * Core wiring: the extension-point sets (login realms, guards, startables), identity resolution and the
 * Shiro realm. Needs an {@code AccountStore}, {@code Transactions} and {@code DataProtector}, e.g. from
 * {@link JdbcStoreModule}. The clock defaults to UTC system time and can be overridden with
 * {@code OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding()}.
 */
public final class PoortwachterModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), LoginRealm.class);
        Multibinder.newSetBinder(binder(), LoginGuard.class);
        Multibinder.newSetBinder(binder(), Startable.class);
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
        bind(IdentityResolver.class).in(Singleton.class);
        bind(PoortwachterRealm.class).in(Singleton.class);
        bind(Lifecycle.class);
    }
}
