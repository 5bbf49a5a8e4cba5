package nl.schoolsupport.poortwachter.lifecycle;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts every bound {@link Startable} in order and closes the started ones in reverse order. */
@Singleton
public final class Lifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final List<Startable> startables;
    private final Deque<Startable> started = new ArrayDeque<>();

    @Inject
    public Lifecycle(Set<Startable> startables) {
        this.startables = startables.stream().sorted(Comparator.comparingInt(Startable::startOrder)).toList();
    }

    public synchronized Lifecycle start() {
        for (Startable s : startables) {
            if (started.contains(s)) {
                continue;
            }
            try {
                s.start();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            started.push(s);
        }
        return this;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            Startable s = started.pop();
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.warn("Stopping {} failed: {}", s.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
