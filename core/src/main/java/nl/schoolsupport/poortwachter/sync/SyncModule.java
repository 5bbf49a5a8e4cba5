package nl.schoolsupport.poortwachter.sync;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.identity.LoginGuard;

/**
 * The directory synchronisation: {@link SyncJob}, {@link SyncStatusService}, the login guard for schools that
 * withdrew permission, and the {@link SchoolImportListener} set (empty by default). Needs a {@link DirectorySource}
 * (e.g. from {@code BasispoortSyncModule}), the JDBC store ({@code JdbcStoreModule}) and {@code PoortwachterModule}.
 * {@link SyncSettings} can be overridden with {@code OptionalBinder.newOptionalBinder(binder(), SyncSettings.class)
 * .setBinding()}. Installing it twice is harmless (modules of this class are equal).
 *
 * <p>The nightly schedule is separate ({@link NightlySyncModule}), so a command-line {@code sync-now} can use the
 * job without starting a timer.
 */
public final class SyncModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), SchoolImportListener.class);
        OptionalBinder.newOptionalBinder(binder(), SyncSettings.class).setDefault().toInstance(SyncSettings.DEFAULTS);
        bind(SyncStatusStore.class).in(Singleton.class);
        bind(DirectoryImporter.class).in(Singleton.class);
        bind(SyncJob.class).in(Singleton.class);
        bind(SyncStatusService.class).in(Singleton.class);
        bind(SyncPermissionGuard.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), LoginGuard.class).addBinding().to(SyncPermissionGuard.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SyncModule;
    }

    @Override
    public int hashCode() {
        return SyncModule.class.hashCode();
    }
}
