package nl.schoolsupport.poortwachter.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.Settings;

/**
 * The reference app started for real on 127.0.0.1 (a free port), with its own data directory, configured
 * through the same {@link Settings} precedence as production. Tests talk to it over HTTP only.
 */
public final class AppUnderTest implements AutoCloseable {

    private final ReferenceApp app;
    private final int port;
    private final Path dataDirectory;

    private AppUnderTest(ReferenceApp app, int port, Path dataDirectory) {
        this.app = app;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    public static AppUnderTest start(Map<String, String> overrides) {
        return start(overrides, java.util.List.of(), java.util.List.of());
    }

    /** Starts with extra application and web modules, as an embedding product would add its own realm or pages. */
    public static AppUnderTest start(Map<String, String> overrides, java.util.List<com.google.inject.Module> appModules,
            java.util.List<com.google.inject.Module> webModules) {
        try {
            Path data = Files.createTempDirectory("poortwachter-it");
            int port = overrides.containsKey("http.port") ? Integer.parseInt(overrides.get("http.port")) : freePort();
            Map<String, String> file = new HashMap<>();
            file.put("http.host", "127.0.0.1");
            file.put("http.port", String.valueOf(port));
            file.put("public-base-url", "http://127.0.0.1:" + port);
            file.put("data-dir", data.toString());
            file.put("demo.initial-sync", "false");
            file.putAll(overrides);
            AppConfig config = AppConfig.from(new Settings(file, Map.of(), Map.of()));
            ReferenceApp app = ReferenceApp.boot(config, ReferenceApp.Mode.SERVER, appModules, webModules);
            try {
                app.serve();
            } catch (Exception e) {
                app.close();
                throw new IllegalStateException("reference app did not start", e);
            }
            return new AppUnderTest(app, port, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AppUnderTest start() {
        return start(Map.of());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    public ReferenceApp app() {
        return app;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        app.close();
    }
}
