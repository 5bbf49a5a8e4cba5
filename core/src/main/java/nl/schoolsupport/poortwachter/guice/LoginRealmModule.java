package nl.schoolsupport.poortwachter.guice;

import com.google.inject.AbstractModule;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.realm.LoginRealm;

/**
 * Base for a module that contributes a login realm, like Shiro's {@code bindRealm()}:
 *
 * <pre>{@code
 * public final class SchoolCardModule extends LoginRealmModule {
 *     protected void configure() {
 *         bindLoginRealm().to(SchoolCardRealm.class);
 *     }
 * }
 * }</pre>
 *
 * Install it next to {@link PoortwachterModule}; core needs no change.
 */
public abstract class LoginRealmModule extends AbstractModule {

    protected final LinkedBindingBuilder<LoginRealm> bindLoginRealm() {
        return Multibinder.newSetBinder(binder(), LoginRealm.class).addBinding();
    }

    protected final LinkedBindingBuilder<LoginGuard> bindLoginGuard() {
        return Multibinder.newSetBinder(binder(), LoginGuard.class).addBinding();
    }
}
