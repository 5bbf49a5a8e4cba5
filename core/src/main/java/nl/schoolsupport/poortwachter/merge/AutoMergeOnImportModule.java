package nl.schoolsupport.poortwachter.merge;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.sync.SchoolImportListener;

/**
 * Merges automatically after each directory import ({@link AutoMergeOnImport}). Install next to
 * {@link MergeModule} and the sync module; leave it out to have every merge confirmed by the ICT coordinator.
 */
public final class AutoMergeOnImportModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), SchoolImportListener.class).addBinding().to(AutoMergeOnImport.class);
    }
}
