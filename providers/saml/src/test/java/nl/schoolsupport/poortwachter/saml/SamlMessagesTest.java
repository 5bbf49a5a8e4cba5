package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The user-facing texts name only real codes, in Dutch and English, with a default for the rest. */
class SamlMessagesTest {

    @Test
    void bundlesCoverRealCodesOnly() {
        Set<String> codes = Arrays.stream(SamlErrorCode.values()).map(SamlErrorCode::code).collect(Collectors.toSet());
        for (Locale locale : new Locale[] {new Locale("nl"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("nl.schoolsupport.poortwachter.saml.SamlMessages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.getString("default")).isNotBlank();
            bundle.keySet().stream().filter(k -> !k.equals("default")).forEach(k -> assertThat(codes).contains(k));
        }
        assertThat(ResourceBundle.getBundle("nl.schoolsupport.poortwachter.saml.SamlMessages", new Locale("nl"))
                .getString("PW-SAML-030")).contains("niet bereikbaar");
    }
}
