package nl.schoolsupport.poortwachter.saml.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The real SimpleSAMLphp IdP from Debian, started for a test through the project's {@code testing/idp/}
 * scripts on a free loopback port, with one SP (entity id + ACS) registered. When the IdP cannot be started
 * (no packages and no way to install them), the test is skipped locally but fails when
 * {@code POORTWACHTER_TEST_REQUIRE_IDP=true} (as in CI), so a missing IdP never passes silently there.
 */
public final class SimpleSamlPhpIdp implements AutoCloseable {

    private final Path scripts;
    private final Path stateDir;
    private final Map<String, String> env;
    private final Map<String, String> info;
    private final String personality;

    private SimpleSamlPhpIdp(Path scripts, Path stateDir, Map<String, String> env, Map<String, String> info, String personality) {
        this.scripts = scripts;
        this.stateDir = stateDir;
        this.env = env;
        this.info = info;
        this.personality = personality;
    }

    /** Starts the "entree" personality for one SP; {@code stateDir} gets config, keys and logs. */
    public static SimpleSamlPhpIdp startEntree(Path stateDir, String spEntityId, String acsUrl) {
        Path scripts = scriptsDirectory();
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("IDP_PORT", Integer.toString(port));
        env.put("BASISPOORT_PORT", "0");
        env.put("SP_ENTITY_ID", spEntityId);
        env.put("SP_ACS_URL", acsUrl);
        env.put("IDP_WORKERS", "2");
        return new SimpleSamlPhpIdp(scripts, stateDir, env, run(scripts, stateDir, env), "entree");
    }

    /**
     * Starts only the "basispoort" personality (users from {@code testing/idp/users-basispoort.php}) for one SP;
     * IdP-initiated login: {@link #ssoUrl()} + {@code ?spentityid=}.
     */
    public static SimpleSamlPhpIdp startBasispoort(Path stateDir, String spEntityId, String acsUrl) {
        Path scripts = scriptsDirectory();
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("IDP_PORT", "0");
        env.put("BASISPOORT_PORT", Integer.toString(port));
        env.put("BASISPOORT_SP_ENTITY_ID", spEntityId);
        env.put("BASISPOORT_SP_ACS_URL", acsUrl);
        env.put("IDP_WORKERS", "2");
        return new SimpleSamlPhpIdp(scripts, stateDir, env, run(scripts, stateDir, env), "basispoort");
    }

    /**
     * Registers an SP by its SAML metadata XML instead of the default template (the running IdP picks the new
     * configuration up on its next request). The IdP then applies that metadata, e.g. it checks AuthnRequest
     * signatures when the SP says {@code AuthnRequestsSigned="true"}.
     */
    public void registerSpMetadata(Path spMetadataXml) {
        Map<String, String> changed = new HashMap<>(env);
        changed.put("SP_METADATA_XML", spMetadataXml.toAbsolutePath().toString());
        changed.put("SP_ENTITY_ID", "http://127.0.0.1:9/unused-template-sp");
        changed.put("SP_ACS_URL", "http://127.0.0.1:9/unused-template-sp/acs");
        changed.put("BASISPOORT_SP_ENTITY_ID", "http://127.0.0.1:9/unused-template-sp");
        changed.put("BASISPOORT_SP_ACS_URL", "http://127.0.0.1:9/unused-template-sp/acs");
        run(scripts, stateDir, changed);
    }

    private static Map<String, String> run(Path scripts, Path stateDir, Map<String, String> env) {
        try {
            Files.createDirectories(stateDir);
            ProcessBuilder builder = new ProcessBuilder("bash", scripts.resolve("start-idp.sh").toString(), stateDir.toString());
            builder.environment().putAll(env);
            builder.redirectError(stateDir.resolve("start-idp.log").toFile());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                unavailable("start-idp.sh failed (exit " + (process.isAlive() ? "timeout" : process.exitValue()) + "): "
                        + Files.readString(stateDir.resolve("start-idp.log")));
            }
            Map<String, String> info = new HashMap<>();
            for (String line : out.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    info.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            return info;
        } catch (IOException e) {
            unavailable("cannot run start-idp.sh: " + e.getMessage());
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void unavailable(String message) {
        if (Boolean.parseBoolean(System.getenv().getOrDefault("POORTWACHTER_TEST_REQUIRE_IDP", "false"))) {
            throw new IllegalStateException("SimpleSAMLphp test IdP required but not available: " + message);
        }
        Assumptions.abort("SimpleSAMLphp test IdP not available (run testing/idp/install-idp.sh): " + message);
    }

    public String metadataUrl() {
        return info.get(personality + ".metadata_url");
    }

    public String entityId() {
        return info.get(personality + ".entity_id");
    }

    public String ssoUrl() {
        return info.get(personality + ".sso_url");
    }

    /** The IdP's log, for diagnosing a failed test. */
    public Path logFile() {
        return stateDir.resolve(personality).resolve("log").resolve("simplesamlphp.log");
    }

    @Override
    public void close() {
        try {
            Process stop = new ProcessBuilder("bash", scripts.resolve("stop-idp.sh").toString(), stateDir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop the test IdP", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code testing/idp} of this repository, found from the module directory upwards. */
    static Path scriptsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testing").resolve("idp");
            if (Files.isRegularFile(candidate.resolve("start-idp.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("testing/idp/start-idp.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
