package nl.schoolsupport.poortwachter.notice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * Imports a notice file when the application starts (after the database), e.g. from the configuration key
 * {@code notices.file}. A broken file stops the start with a message naming the key and every problem.
 */
public final class NoticeFileImport implements Startable {

    /** The configuration key this import is usually bound to. */
    public static final String CONFIG_KEY = "notices.file";

    private final ProductUpdateService service;
    private final Path file;

    public NoticeFileImport(ProductUpdateService service, Path file) {
        this.service = Objects.requireNonNull(service);
        this.file = Objects.requireNonNull(file);
    }

    @Override
    public void start() {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(CONFIG_KEY, "expected a readable notice file, got '" + file + "'");
        }
        try {
            service.importFile(file);
        } catch (NoticeException e) {
            throw new ConfigurationException(CONFIG_KEY, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public int startOrder() {
        return 150;
    }
}
