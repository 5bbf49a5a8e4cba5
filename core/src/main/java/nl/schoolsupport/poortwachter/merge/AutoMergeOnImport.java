package nl.schoolsupport.poortwachter.merge;

import java.util.Locale;
import java.util.Objects;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.sync.SchoolImport;
import nl.schoolsupport.poortwachter.sync.SchoolImportListener;

/**
 * The automatic half of the account merge: after the directory sync committed a school's import, merge the pairs
 * the matcher is certain of ({@link MergeService#autoMerge}); the rest waits for the ICT coordinator. Imports from
 * another realm than {@link MergeSettings#directoryRealmId()} are ignored (their accounts are not "imported" for
 * merging). Runs again after every import, so a merge skipped because an account changed meanwhile is retried.
 * Installed by {@link AutoMergeOnImportModule}.
 */
public final class AutoMergeOnImport implements SchoolImportListener {

    private final MergeService merges;
    private final MergeSettings settings;

    @Inject
    public AutoMergeOnImport(MergeService merges, MergeSettings settings) {
        this.merges = Objects.requireNonNull(merges);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public void schoolImported(SchoolImport imported) {
        if (!imported.source().equals(settings.directoryRealmId())) {
            return;
        }
        String source = imported.source().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String actor = source.matches("[a-z][a-z0-9-]{0,58}") ? source + "-sync" : "directory-sync";
        merges.autoMerge(imported.school(), MergeActor.system(actor));
    }
}
