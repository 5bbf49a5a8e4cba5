package nl.schoolsupport.poortwachter.sync;

/**
 * Runs after a school's import was committed, on the sync worker's thread, once per school per run (also when
 * nothing changed, so a listener can finish work an earlier run could not). The automatic part of the account
 * merge plugs in here. Bind implementations with
 * {@code Multibinder.newSetBinder(binder(), SchoolImportListener.class).addBinding().to(...)}.
 *
 * <p>A listener opens its own transactions. If it throws, the import stays committed; the school's status
 * shows {@link SyncErrorCode#LISTENER_FAILED} and the next run calls the listener again.
 */
@FunctionalInterface
public interface SchoolImportListener {

    void schoolImported(SchoolImport imported);
}
