package nl.schoolsupport.poortwachter.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.app.cli.SyncCommands;
import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.Settings;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.merge.cli.MergePreviewCommand;

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
                case "merge-preview" -> new MergePreviewCommand().run(commandArgs, out, err);
                case "sync-now" -> command(configFile, app -> SyncCommands.syncNow(app, commandArgs, out, err));
                case "sync-status" -> command(configFile, app -> SyncCommands.syncStatus(app, commandArgs, out, err));
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

    /** Boots the library without the web server and nightly schedule, runs one task, shuts down. */
    private static int command(Optional<Path> configFile, java.util.function.ToIntFunction<ReferenceApp> task) {
        AppConfig config = AppConfig.from(Settings.load(configFile));
        try (ReferenceApp app = ReferenceApp.boot(config, ReferenceApp.Mode.COMMAND, List.of(), List.of())) {
            return task.applyAsInt(app);
        }
    }

    private static int usage(PrintStream out) {
        out.println("""
                Poortwachter reference app

                  java -jar poortwachter-reference-app.jar [--config FILE] [serve]
                      Runs the web app (default: http://localhost:8080, H2 under ./data, demo IdPs and licence service).

                  java -jar poortwachter-reference-app.jar merge-preview --legacy legacy.csv --imported imported.csv --out decisions.json
                      Dry run of account merging on CSV files: what would merge automatically, and the suggestions.

                  java -jar poortwachter-reference-app.jar [--config FILE] sync-now [--school BRIN]
                      Synchronises with Basispoort now (all schools with permission, or one), printing progress.

                  java -jar poortwachter-reference-app.jar [--config FILE] sync-status [--school BRIN]
                      Synchronisation status per school, or one school's "tile not visible" checklist.

                Configuration: --config FILE (properties), -Dpoortwachter.KEY=VALUE or POORTWACHTER_KEY=VALUE.
                """);
        return 0;
    }
}
