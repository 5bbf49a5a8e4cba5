package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.jdbc.JdbcOneTimeStore;
import nl.schoolsupport.poortwachter.jdbc.JdbcReplayCache;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.check.SamlCheckException;
import nl.schoolsupport.poortwachter.saml.testing.ResponseForge;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

/**
 * Two SP nodes on one PostgreSQL database: a login started on node A completes on node B (pending request and
 * RelayState are in the shared one-time store), and a replay on node A of what node B accepted is refused.
 */
class MultiNodePostgresIT {

    private static SamlTestBed bed;
    private static Database nodeA;
    private static Database nodeB;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
        DatabaseConfig shared = TestDatabases.postgres();
        nodeA = new Database(shared);
        nodeB = new Database(shared);
        nodeA.start();
        nodeB.start();
    }

    @AfterAll
    static void tearDown() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        bed.close();
    }

    private static SamlLoginRealm realmOn(Database node, SamlRealmConfig config) {
        return new SamlLoginRealm(config, bed.idpMetadata(), SpCredentials.of(bed.spKey), SamlTestBed.SIMPLE_MAPPER,
                new JdbcOneTimeStore(node, bed.clock), new JdbcReplayCache(node, bed.clock), bed.clock);
    }

    @Test
    void loginStartedOnOneNodeCompletesOnTheOtherAndCannotBeReplayed() {
        SamlRealmConfig config = bed.config("entree").build();
        SamlLoginRealm a = realmOn(nodeA, config);
        SamlLoginRealm b = realmOn(nodeB, config);

        RedirectInstruction redirect = a.start(new StartLogin(Optional.of("/toets"), Optional.of("browser"), false));
        String response = ResponseForge.signedAssertion(bed.spec(config, Optional.of(SamlTestBed.requestId(redirect))),
                bed.idpKey).base64();
        Optional<String> relay = SamlTestBed.queryParameter(redirect, "RelayState");

        assertThat(b.complete(SamlTestBed.callback("entree", response, relay, Optional.of("browser"))).returnTo())
                .contains("/toets");
        assertThatThrownBy(() -> a.complete(SamlTestBed.callback("entree", response, relay, Optional.of("browser"))))
                .isInstanceOf(SamlCheckException.class)
                .extracting(e -> ((SamlCheckException) e).errorCode().code()).isEqualTo("PW-SAML-027");
    }
}
