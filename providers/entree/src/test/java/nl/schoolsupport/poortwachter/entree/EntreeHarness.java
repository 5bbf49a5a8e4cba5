package nl.schoolsupport.poortwachter.entree;

import java.util.Map;
import java.util.Optional;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SpCredentials;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;
import nl.schoolsupport.poortwachter.shiro.LoginOutcome;
import nl.schoolsupport.poortwachter.shiro.LoginToken;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

/**
 * The library wired as an app would wire it (core + JDBC store on H2 + EntreeModule), started through the
 * lifecycle; logins go through the one Shiro realm, so identities are resolved to real accounts.
 */
final class EntreeHarness implements AutoCloseable {

    final Injector injector;
    final Lifecycle lifecycle;
    final SamlLoginRealm entree;
    final PoortwachterRealm shiroRealm;
    final AccountStore store;

    EntreeHarness(Map<String, String> properties, Optional<String> builtInMetadata) {
        EntreeSettings settings = EntreeSettings.fromProperties(properties, builtInMetadata);
        injector = Guice.createInjector(new PoortwachterModule(), new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()),
                new EntreeModule(settings, SpCredentials.of(TestKeyPairs.rsa("Poortwachter test SP"))));
        lifecycle = injector.getInstance(Lifecycle.class).start();
        entree = injector.getInstance(Key.get(SamlLoginRealm.class, Names.named(EntreeRealm.ID)));
        shiroRealm = injector.getInstance(PoortwachterRealm.class);
        store = injector.getInstance(AccountStore.class);
    }

    /** What the ACS servlet does: hand the posted form to Shiro through a LoginToken. */
    LoginOutcome login(ProtocolCallback callback) {
        LoginToken token = new LoginToken(callback);
        shiroRealm.getAuthenticationInfo(token);
        return token.outcome().orElseThrow();
    }

    Account account(LoginOutcome outcome) {
        return store.findAccount(outcome.principal().accountId()).orElseThrow();
    }

    @Override
    public void close() {
        lifecycle.close();
    }
}
