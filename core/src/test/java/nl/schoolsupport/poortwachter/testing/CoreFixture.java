package nl.schoolsupport.poortwachter.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.Subject;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.guice.PupilCodeModule;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.pupilcode.Argon2Parameters;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/**
 * The core wired as an embedder would wire it (Guice, real database, Shiro security manager), for tests of
 * core and of provider modules. Argon2id runs with small parameters unless a test asks for the real ones.
 */
public final class CoreFixture implements AutoCloseable {

    /** Cheap Argon2id for functional tests; the cost itself is covered by the benchmark. */
    public static final Argon2Parameters FAST_ARGON2 = new Argon2Parameters(1024, 1, 1);

    private final Injector injector;
    private final Lifecycle lifecycle;
    private final DefaultSecurityManager securityManager;

    private CoreFixture(Injector injector) {
        this.injector = injector;
        this.lifecycle = injector.getInstance(Lifecycle.class).start();
        this.securityManager = new DefaultSecurityManager(injector.getInstance(PoortwachterRealm.class));
    }

    public static CoreFixture start(DatabaseConfig database, Module... extra) {
        List<Module> modules = new ArrayList<>(List.of(new PoortwachterModule(), new JdbcStoreModule(database, TestKeys.dataKey()),
                new PupilCodeModule(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Argon2Parameters.class).setBinding().toInstance(FAST_ARGON2);
                    }
                }));
        modules.addAll(List.of(extra));
        return new CoreFixture(Guice.createInjector(modules));
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    public Injector injector() {
        return injector;
    }

    /** A fresh Shiro subject bound to this fixture's security manager (no web session). */
    public Subject newSubject() {
        return new Subject.Builder(securityManager).buildSubject();
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
