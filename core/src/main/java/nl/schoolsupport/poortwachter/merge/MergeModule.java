package nl.schoolsupport.poortwachter.merge;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;

import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;

/**
 * Account merging: {@link MergeService} on the JDBC store, the {@link MergeParticipant} set, default
 * {@link MergeSettings} (directory realm {@code basispoort}). Needs {@link JdbcStoreModule} and
 * {@link PoortwachterModule}. Override the settings with
 * {@code OptionalBinder.newOptionalBinder(binder(), MergeSettings.class).setBinding().toInstance(...)}; add the
 * product's data with {@link #bindParticipant}.
 */
public final class MergeModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), MergeParticipant.class);
        OptionalBinder.newOptionalBinder(binder(), MergeSettings.class).setDefault().toInstance(MergeSettings.DEFAULT);
        // the engine reads its name tables on first use, not here
        OptionalBinder.newOptionalBinder(binder(), MatchingEngine.class).setDefault().toProvider(MatchingEngine::new)
                .in(Singleton.class);
        bind(MergeStore.class).to(JdbcMergeStore.class).in(Singleton.class);
        bind(MergeService.class).in(Singleton.class);
    }

    /** Adds a participant from any module: {@code MergeModule.bindParticipant(binder()).to(ResultsParticipant.class)}. */
    public static LinkedBindingBuilder<MergeParticipant> bindParticipant(Binder binder) {
        return Multibinder.newSetBinder(binder, MergeParticipant.class).addBinding();
    }
}
