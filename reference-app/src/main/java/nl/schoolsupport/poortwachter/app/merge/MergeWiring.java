package nl.schoolsupport.poortwachter.app.merge;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import nl.schoolsupport.poortwachter.app.demo.TestResults;
import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.merge.AutoMergeOnImportModule;
import nl.schoolsupport.poortwachter.merge.MergeModule;
import nl.schoolsupport.poortwachter.merge.TableMergeParticipant;

/**
 * Account merging as the product uses it: the merge service, automatic merges after each Basispoort import, and
 * the product's own test results as a merge participant.
 */
public final class MergeWiring extends AbstractModule {

    @Override
    protected void configure() {
        install(new MergeModule());
        install(new AutoMergeOnImportModule());
        Multibinder.newSetBinder(binder(), Startable.class).addBinding().to(TestResults.class);
        MergeModule.bindParticipant(binder()).to(TableMergeParticipant.class);
    }

    @Provides
    @Singleton
    TableMergeParticipant testResultsParticipant(Database db) {
        return new TableMergeParticipant(db, "test-results", TestResults.TABLE, "result_id", "account_id");
    }

}
