package nl.schoolsupport.poortwachter.licence.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import nl.schoolsupport.poortwachter.licence.api.LicenceJson;
import nl.schoolsupport.poortwachter.notice.LicenceNoticeSource;

/** The demo service speaks the contract to any HTTP client, not just ours. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoLicenceServiceTest {

    private final DemoLicenceService demo = new DemoLicenceService();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    void start() {
        assertThatThrownBy(demo::baseUrl).isInstanceOf(IllegalStateException.class);
        demo.start();
    }

    @AfterAll
    void stop() {
        demo.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/v1/authenticate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return LicenceJson.mapper().readTree(response.body());
    }

    @Test
    void listensOnLoopbackAndIsMarkedDemo() throws Exception {
        assertThat(demo.baseUrl().getHost()).isEqualTo("127.0.0.1");
        HttpResponse<String> response = post("{\"username\":\"an.peeters\",\"password\":\"Regenboog-2026\",\"product\":\"BAREKA\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Demo")).contains("true");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = json(response);
        assertThat(body.at("/school/institutionNumber").asText()).isEqualTo("031856");
        assertThat(body.at("/administrator/email").asText()).isEqualTo("els.vermeulen@regenboog.example");
        LocalDate until = LocalDate.parse(body.at("/licence/validUntil").asText());
        assertThat(until).isEqualTo(LocalDate.now(LicenceNoticeSource.LICENCE_ZONE).plusDays(45));
        assertThat(body.at("/licence/cancelBefore").asText()).isEqualTo(until.plusDays(1).toString());
    }

    @Test
    void refusesRequestsOutsideTheContract() throws Exception {
        HttpResponse<String> garbage = post("not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(garbage).get("code").asText()).isEqualTo("invalid_request");
        assertThat(post("{\"username\":\"an.peeters\"}").statusCode()).isEqualTo(400);
        assertThat(post("{\"pad\":\"" + "x".repeat(20_000) + "\"}").statusCode()).isEqualTo(413);
        assertThat(send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/v1/authenticate")).GET()).statusCode())
                .isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/v2/whatever")).GET()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void looksUpALicenceWithoutPassword() throws Exception {
        HttpResponse<String> known = send(HttpRequest.newBuilder(URI.create(demo.baseUrl()
                + "/v1/schools/VL-027318/licences/BAREKA")).GET());
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(json(known).at("/licence/status").asText()).isEqualTo("expired");
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(demo.baseUrl()
                + "/v1/schools/VL-000000/licences/BAREKA")).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("unknown_school");
        HttpResponse<String> otherProduct = send(HttpRequest.newBuilder(URI.create(demo.baseUrl()
                + "/v1/schools/SSP-4711/licences/BAREKA")).GET());
        assertThat(json(otherProduct).get("code").asText()).isEqualTo("product_not_licensed");
    }

    @Test
    void theDemoCredentialsAreFixed() {
        assertThat(DemoLicenceService.credentials()).extracting(DemoCredential::username)
                .containsExactly("an.peeters", "tom.maes", "kris.wouters", "lien.claes", "piet.geblokkeerd");
        assertThat(DemoLicenceService.product()).isEqualTo("BAREKA");
    }
}
