package nl.schoolsupport.poortwachter.lifecycle;

/**
 * Something with background work or resources (connection pool, metadata refresh, nightly sync) that must
 * be started explicitly, never from a constructor or a Guice module. Bind with
 * {@code Multibinder.newSetBinder(binder(), Startable.class)}; {@link Lifecycle} starts them in
 * {@link #startOrder()} order and stops them in reverse.
 */
public interface Startable extends AutoCloseable {

    void start();

    @Override
    void close();

    /** Lower starts earlier. The database is 0; things that need it use 100 or more. */
    default int startOrder() {
        return 100;
    }
}
