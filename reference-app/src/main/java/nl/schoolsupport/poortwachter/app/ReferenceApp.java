package nl.schoolsupport.poortwachter.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.servlet.GuiceFilter;
import com.google.inject.servlet.GuiceServletContextListener;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.app.config.DataKeyFile;
import nl.schoolsupport.poortwachter.app.demo.DemoData;
import nl.schoolsupport.poortwachter.app.beheer.BeheerModule;
import nl.schoolsupport.poortwachter.app.saml.SamlWebModule;
import nl.schoolsupport.poortwachter.app.merge.MergeWebModule;
import nl.schoolsupport.poortwachter.app.merge.MergeWiring;
import nl.schoolsupport.poortwachter.app.saml.SamlWiring;
import nl.schoolsupport.poortwachter.app.licence.LicenceWebModule;
import nl.schoolsupport.poortwachter.licence.LicenceConfig;
import nl.schoolsupport.poortwachter.licence.LicenceModule;
import nl.schoolsupport.poortwachter.licence.demo.DemoLicenceService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.notice.NoticeModule;
import nl.schoolsupport.poortwachter.sync.NightlySyncModule;
import nl.schoolsupport.poortwachter.app.basispoort.BasispoortWiring;
import nl.schoolsupport.poortwachter.app.basispoort.BasispoortWebModule;
import nl.schoolsupport.poortwachter.app.web.AppShiroModule;
import nl.schoolsupport.poortwachter.app.web.WebModule;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.guice.PupilCodeModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;

/**
 * The reference app: the library wired as an embedding product would wire it, on Jetty 12. Two injectors:
 * the application injector (library, store, providers; also used by the CLI commands) and a child injector
 * for the web layer, created when Jetty hands over the servlet context.
 */
public final class ReferenceApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceApp.class);

    private final AppConfig config;
    private final Injector injector;
    private final Lifecycle lifecycle;
    private Server server;

    private final List<Module> webModules;

    private ReferenceApp(AppConfig config, Injector injector, Lifecycle lifecycle, List<Module> webModules) {
        this.config = config;
        this.webModules = webModules;
        this.injector = injector;
        this.lifecycle = lifecycle;
    }

    /** Builds and starts the library (database, migrations, demo data); the HTTP server is started by {@link #serve()}. */
    /** What the app is booted for: serving HTTP (with the nightly sync) or one command-line task. */
    public enum Mode { SERVER, COMMAND }

    public static ReferenceApp boot(AppConfig config) {
        return boot(config, Mode.SERVER, List.of(), List.of());
    }

    /**
     * Boots with extra modules, the way an embedding product adds its own realm or pages: {@code appModules}
     * join the application injector (e.g. a {@code LoginRealmModule}), {@code webModules} the web injector
     * (e.g. a {@code ServletModule}).
     */
    public static ReferenceApp boot(AppConfig config, Mode mode, List<Module> appModules, List<Module> webModules) {
        String dataKey = config.dataKey().orElseGet(() -> DataKeyFile.loadOrCreate(config.dataDirectory()));
        Optional<DemoBasispoortService> demoBasispoort = BasispoortWiring.demoService(config);
        SamlWiring saml = new SamlWiring(config, demoBasispoort.map(DemoBasispoortService::directory));
        List<Module> modules = new ArrayList<>(List.of(new AppModule(config), new PoortwachterModule(),
                new JdbcStoreModule(config.database(), dataKey), new PupilCodeModule(), new NoticeModule()));
        if (config.licenceEnabled()) {
            modules.add(LicenceModule.fromConfig(LicenceConfig.from(config.settings()::get)));
        }
        if (config.basispoortEnabled()) {
            modules.add(BasispoortWiring.syncModule(config, demoBasispoort));
        }
        modules.addAll(saml.modules());
        modules.add(new MergeWiring());
        if (mode == Mode.SERVER && config.basispoortEnabled()) {
            modules.add(new NightlySyncModule(BasispoortWiring.schedule(config)));
        }
        modules.addAll(appModules);
        Injector injector = Guice.createInjector(modules);
        Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start();
        ReferenceApp app = new ReferenceApp(config, injector, lifecycle, List.copyOf(webModules));
        try {
            if (config.demoData()) {
                injector.getInstance(DemoData.class).createIfMissing();
            }
            if (config.licenceEnabled() && config.settings().get("licence.base-url").isEmpty()) {
                DemoLicenceService.credentials().forEach(c -> LOG.info("Demo licence service login: {} / {} ({})", c.username(),
                        c.password(), c.demonstrates()));
            }
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        config.settings().effectiveValuesMasked().forEach((k, v) -> LOG.info("config {} = {}", k, v));
        config.settings().unusedFileKeys().forEach(k -> LOG.warn("config key '{}' in the config file is not used (typo?)", k));
        return app;
    }

    public Injector injector() {
        return injector;
    }

    /** Starts Jetty; returns the port it listens on (useful with {@code http.port=0}). */
    public int serve() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("http");
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.httpHost());
        connector.setPort(config.httpPort());
        // a class or school logging in at 08:30 opens hundreds of connections at once; with the JDK's default
        // backlog of 50 the kernel drops most of them and clients wait for TCP to retry (seconds each)
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        configureSessions(context.getSessionHandler());
        context.addEventListener(new GuiceServletContextListener() {
            private Injector web;

            @Override
            public void contextInitialized(ServletContextEvent event) {
                List<Module> modules = new ArrayList<>(List.of(new AppShiroModule(event.getServletContext()), new WebModule(),
                        new BeheerModule(), new SamlWebModule(), new MergeWebModule()));
                if (config.licenceEnabled()) {
                    modules.add(new LicenceWebModule());
                }
                if (config.basispoortEnabled()) {
                    modules.add(new BasispoortWebModule());
                }
                modules.addAll(webModules);
                web = injector.createChildInjector(modules);
                super.contextInitialized(event);
            }

            @Override
            protected Injector getInjector() {
                return web;
            }
        });
        context.addFilter(GuiceFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.addErrorPage(400, 599, "/fout/status");
        errors.addErrorPage(Throwable.class, "/fout/status");
        // if even the error page fails, Jetty's fallback must not reveal internals
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        context.setErrorHandler(errors);

        server.setHandler(context);
        server.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter(),
                // path without query string: query strings may carry SAML messages or names
                "%{client}a \"%m %U %H\" %s %O %{ms}Tms"));
        server.setStopTimeout(5_000);
        server.start();
        int port = connector.getLocalPort();
        LOG.info("Poortwachter reference app listening on http://{}:{} (public URL {})", config.httpHost(), port,
                config.publicBaseUrl());
        BasispoortWiring.firstDemoSync(config, injector);
        return port;
    }

    private void configureSessions(SessionHandler sessions) {
        sessions.setSessionCookie("PWSESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureCookies(config.secureCookies());
        sessions.setUsingUriParameters(false);
        sessions.setMaxInactiveInterval((int) config.sessionTimeout().toSeconds());
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("Stopping Jetty failed: {}", e.toString());
            }
        }
        lifecycle.close();
    }
}
