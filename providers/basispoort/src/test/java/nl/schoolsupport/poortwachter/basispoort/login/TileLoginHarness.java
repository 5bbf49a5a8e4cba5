package nl.schoolsupport.poortwachter.basispoort.login;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.basispoort.DemoBasispoortSyncModule;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.realm.ClientInfo;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;
import nl.schoolsupport.poortwachter.shiro.LoginToken;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.sync.SyncJob;
import nl.schoolsupport.poortwachter.sync.SyncProgress;
import nl.schoolsupport.poortwachter.sync.SyncReport;
import nl.schoolsupport.poortwachter.sync.SyncStatusService;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/**
 * The library wired as an app wires Basispoort: core + JDBC store on H2 + the demo Basispoort REST service and sync
 * (mutual TLS on 127.0.0.1) + the tile login module, started through the lifecycle. Logins go through the one Shiro
 * realm, so identities resolve to the accounts the sync made, and the sync's login guard runs.
 */
final class TileLoginHarness implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    final DemoDirectory directory;
    final DemoBasispoortService service;
    final Injector injector;
    final Lifecycle lifecycle;
    final SamlLoginRealm basispoort;
    final PoortwachterRealm shiroRealm;
    final AccountStore store;
    final SyncStatusService syncStatus;

    /** With {@code DemoDirectory.sample(TODAY)} behind the demo REST service. */
    TileLoginHarness(Map<String, String> properties, Optional<String> builtInMetadata) {
        this(DemoDirectory.sample(TODAY), properties, builtInMetadata);
    }

    TileLoginHarness(DemoDirectory directory, Map<String, String> properties, Optional<String> builtInMetadata) {
        this.directory = directory;
        this.service = new DemoBasispoortService(directory);
        BasispoortLoginSettings settings = BasispoortLoginSettings.fromProperties(properties, builtInMetadata);
        injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new DemoBasispoortSyncModule(service),
                new BasispoortLoginModule(settings, SpCredentials.of(TestKeyPairs.rsa("Poortwachter test SP"))));
        lifecycle = injector.getInstance(Lifecycle.class).start();
        basispoort = injector.getInstance(Key.get(SamlLoginRealm.class, Names.named(BasispoortLoginRealm.ID)));
        shiroRealm = injector.getInstance(PoortwachterRealm.class);
        store = injector.getInstance(AccountStore.class);
        syncStatus = injector.getInstance(SyncStatusService.class);
    }

    /** The nightly run, now: every school with permission, over mutual TLS, into H2. */
    SyncReport sync() {
        SyncReport report = injector.getInstance(SyncJob.class).runAll(SyncProgress.NONE);
        if (!report.complete()) {
            throw new IllegalStateException("demo sync incomplete: " + report);
        }
        return report;
    }

    /** What the ACS servlet does: hand the posted form to Shiro through a LoginToken. */
    LoginOutcome login(ProtocolCallback callback) {
        LoginToken token = new LoginToken(callback);
        shiroRealm.getAuthenticationInfo(token);
        return token.outcome().orElseThrow();
    }

    LoginOutcome login(PostForm form, Optional<String> browser) {
        return login(callback(form, browser));
    }

    static ProtocolCallback callback(PostForm form, Optional<String> browser) {
        Map<String, List<String>> parameters = new HashMap<>();
        form.fields().forEach((k, v) -> parameters.put(k, List.of(v)));
        return new ProtocolCallback(BasispoortLoginRealm.ID, parameters, browser, new ClientInfo("127.0.0.1", "it"));
    }

    /** The Poortwachter refusal inside what Shiro threw (it wraps refusals in an AuthenticationException). */
    static <T extends Throwable> T refusal(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected a " + type.getSimpleName() + " in the cause chain, got " + thrown);
    }

    /** The account the sync made for a Basispoort user id. */
    Account synced(long basispoortId) {
        return store.findByIdentity(BasispoortLoginRealm.ID, String.valueOf(basispoortId)).orElseThrow();
    }

    Account account(LoginOutcome outcome) {
        return store.findAccount(outcome.principal().accountId()).orElseThrow();
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
