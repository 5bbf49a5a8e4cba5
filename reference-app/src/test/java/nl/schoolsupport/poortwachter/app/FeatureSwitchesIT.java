package nl.schoolsupport.poortwachter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** With the demo services off and login routes switched off, nothing of them is reachable. */
class FeatureSwitchesIT {

    @Test
    void switchedOffRoutesAreAbsentAndNoDemoServiceStarts() {
        try (AppUnderTest app = AppUnderTest.start(Map.of("demo.enabled", "false", "licence.enabled", "false",
                "entree.enabled", "false", "basispoort.enabled", "false"))) {
            String page = new Browser().get(app.url("/")).body();
            assertThat(page).contains("Inloggen leerlingendeel").doesNotContain("Inloggen met Entree")
                    .doesNotContain("Inloggen met Basispoort").doesNotContain("/login/licence");
            assertThat(new Browser().get(app.url("/saml/entree/login")).statusCode()).isEqualTo(404);
            assertThat(new Browser().get(app.url("/demo-idp/entree/sso")).statusCode()).isEqualTo(404);
            assertThat(new Browser().get(app.url("/demo-idp/basispoort/")).statusCode()).isEqualTo(404);
            assertThat(new Browser().get(app.url("/health")).statusCode()).isEqualTo(200);
        }
    }
}
