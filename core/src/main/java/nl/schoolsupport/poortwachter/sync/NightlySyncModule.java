package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.lifecycle.Startable;

/** Runs the synchronisation every night at the given time (a {@link Startable}); install next to {@link SyncModule}. */
public final class NightlySyncModule extends AbstractModule {

    private final SyncSchedule schedule;

    public NightlySyncModule(SyncSchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule);
    }

    @Override
    protected void configure() {
        install(new SyncModule());
        bind(SyncSchedule.class).toInstance(schedule);
        bind(NightlySync.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(NightlySync.class);
    }
}
