package nl.schoolsupport.poortwachter.basispoort.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.basispoort.demo.DemoBasispoortService;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoFault;
import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortDirectorySource;
import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.sync.DirectorySnapshot;
import nl.schoolsupport.poortwachter.sync.SyncSettings;

/** The REST client against the demo service: a real HTTPS server that requires client certificates. */
class BasispoortRestClientIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final HttpSettings QUICK = HttpSettings.DEFAULTS.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withRetries(4, Duration.ofMillis(100), Duration.ofMillis(250));

    private final List<DemoBasispoortService> services = new CopyOnWriteArrayList<>();
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        services.forEach(DemoBasispoortService::close);
    }

    private DemoBasispoortService service(DemoDirectory directory, List<String> protocols) {
        DemoBasispoortService service = new DemoBasispoortService(directory, 0, protocols, Clock.systemUTC());
        service.start();
        services.add(service);
        return service;
    }

    private DemoBasispoortService sample() {
        return service(DemoDirectory.sample(TODAY), List.of("TLSv1.2"));
    }

    private BasispoortRestClient client(BasispoortConnection connection, HttpSettings settings) {
        return new BasispoortRestClient(connection, settings, sleeps::add);
    }

    private static BasispoortDirectorySource source(BasispoortRestClient client) {
        return new BasispoortDirectorySource(client, BasispoortMapping.DEFAULTS, SyncSettings.DEFAULTS, Clock.systemUTC());
    }

    @Test
    void retriesServerErrorsWithGrowingWaitsThenGivesUpClearly() {
        DemoBasispoortService service = sample();
        service.inject(".*/1001/details", DemoFault.SERVER_ERROR, 10);

        assertThatThrownBy(() -> client(service, QUICK).get("/rest/v2/instellingen/1001/details", Object.class))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-005")
                .hasMessageContaining("500").hasMessageContaining("gave up after 4 attempts");

        assertThat(service.requests("/rest/v2/instellingen/1001/details")).isEqualTo(4);
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(75L, 125L);
        assertThat(sleeps.get(1)).isBetween(150L, 250L);
        assertThat(sleeps.get(2)).isBetween(187L, 313L);
    }

    @Test
    void clientErrorsAreNotRetried() {
        DemoBasispoortService service = sample();
        BasispoortRestClient client = client(service, QUICK);

        assertThatThrownBy(() -> client.get("/rest/v2/instellingen/999999/details", Object.class))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-004").hasMessageContaining("404");
        assertThatThrownBy(() -> client.get("/rest/v2/instellingen/1003/leerlingen", Object.class))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-011")
                .hasMessageContaining("403").hasMessageContaining("Uitgeverij Schoolsupport (demo)");
        assertThat(service.requests("/rest/v2/instellingen/999999/details")).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void largePayloadsArriveWholeAndOversizedOnesAreRefused() {
        DemoDirectory big = DemoDirectory.generated(1, 3000, 7, TODAY);
        DemoBasispoortService service = service(big, List.of("TLSv1.2"));

        DirectorySnapshot snapshot = source(client(service, QUICK)).fetchSchool("100000");

        assertThat(snapshot.pupils().size() + snapshot.staff().size()).isEqualTo(3000);
        assertThat(snapshot.groups()).hasSize(8);
        assertThatThrownBy(() -> source(client(service, QUICK.withMaxResponseBytes(64 * 1024))).fetchSchool("100000"))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-009")
                .hasMessageContaining("basispoort.max-response-size");
    }

    @Test
    void tlsBelowWhatTheServerSpeaksFailsTheHandshakeClearly() {
        DemoBasispoortService tls12 = sample();
        assertThatThrownBy(() -> client(tls12, QUICK.withTlsProtocols(List.of("TLSv1.3")))
                .getList("/rest/v2/instellingen/", Long.class))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-003")
                .hasMessageContaining("basispoort.tls-protocols");

        DemoBasispoortService tls13 = service(DemoDirectory.sample(TODAY), List.of("TLSv1.3"));
        assertThat(client(tls13, QUICK).getList("/rest/v2/instellingen/", Long.class)).containsExactly(1001L, 1002L, 1003L);
    }

    @Test
    void unreachableServerIsRetriedThenReported() throws Exception {
        DemoBasispoortService service = sample();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        BasispoortConnection nowhere = new BasispoortConnection() {
            @Override
            public URI baseUrl() {
                return URI.create("https://127.0.0.1:" + closedPort);
            }

            @Override
            public TlsMaterial tls() {
                return service.tls();
            }
        };

        assertThatThrownBy(() -> client(nowhere, QUICK).getList("/rest/v2/instellingen/", Long.class))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-006")
                .hasMessageContaining("refused");
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void feedsAndPermissionAnswersAreRead() {
        DemoBasispoortService service = sample();
        service.directory().withdraw(1002, TODAY);
        BasispoortDirectorySource source = source(client(service, QUICK));

        var changes = source.permissionChangesSince(TODAY.minusDays(10));

        assertThat(changes.granted()).containsExactly("1001");
        assertThat(changes.withdrawn()).containsExactly("1002");
        assertThat(source.permissionChangesSince(TODAY.minusDays(60)).granted()).containsExactlyInAnyOrder("1001", "1002");
        assertThat(source.permissionChangesSince(TODAY.minusDays(60)).conflicting()).containsExactly("1002");
        assertThat(source.hasPermission("1001")).isTrue();
        assertThat(source.hasPermission("1002")).isFalse();
        assertThatThrownBy(() -> source.hasPermission("../../admin")).isInstanceOf(BasispoortException.class)
                .hasMessageContaining("PW-BASISPOORT-010");
    }
}
