package nl.schoolsupport.poortwachter.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.Settings;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/**
 * {@code java -jar poortwachter-reference-app.jar [--config FILE] [serve]} runs the app;
 * other subcommands are listed by {@code help}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        int exit = run(List.of(args), System.out, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        Optional<Path> configFile = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--config")) {
                if (i + 1 >= args.size()) {
                    err.println("--config needs a file: --config poortwachter.properties");
                    return 2;
                }
                configFile = Optional.of(Path.of(args.get(++i)));
            } else {
                rest.add(args.get(i));
            }
        }
        String command = rest.isEmpty() ? "serve" : rest.get(0);
        List<String> commandArgs = rest.isEmpty() ? List.of() : rest.subList(1, rest.size());
        try {
            return switch (command) {
                case "serve" -> serve(configFile);
                case "help", "--help", "-h" -> usage(out);
                default -> {
                    err.println("Unknown command '" + command + "'.");
                    usage(err);
                    yield 2;
                }
            };
        } catch (PoortwachterException e) {
            err.println("Cannot start: " + e.getMessage());
            return 1;
        }
    }

    private static int serve(Optional<Path> configFile) {
        AppConfig config = AppConfig.from(Settings.load(configFile));
        ReferenceApp app = ReferenceApp.boot(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        try {
            app.serve();
            app.join();
            return 0;
        } catch (Exception e) {
            LOG.error("The reference app stopped with an error", e);
            app.close();
            return 1;
        }
    }

    private static int usage(PrintStream out) {
        out.println("""
                Poortwachter reference app

                  java -jar poortwachter-reference-app.jar [--config FILE] [serve]
                      Runs the web app (default: http://localhost:8080, H2 under ./data, demo IdPs and licence service).

                Configuration: --config FILE (properties), -Dpoortwachter.KEY=VALUE or POORTWACHTER_KEY=VALUE.
                """);
        return 0;
    }
}
