package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class BasispoortLoginMessagesTest {

    private static final String BUNDLE = "nl.schoolsupport.poortwachter.basispoort.login.BasispoortLoginMessages";

    @Test
    void everyTileLoginCodeHasADutchAndAnEnglishText() {
        for (Locale locale : new Locale[] {new Locale("nl"), Locale.ROOT}) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (BasispoortLoginErrorCode code : BasispoortLoginErrorCode.values()) {
                assertThat(bundle.getString(code.code())).as(code + " " + locale).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle(BUNDLE, new Locale("nl")).getString("PW-BASISPOORT-101"))
                .contains("Basispoort gaf niet door wie je bent");
    }

    @Test
    void theCodesDoNotCollideWithTheSyncClientCodes() {
        for (BasispoortLoginErrorCode code : BasispoortLoginErrorCode.values()) {
            assertThat(code.code()).matches("PW-BASISPOORT-1[0-9]{2}");
            for (var sync : nl.schoolsupport.poortwachter.basispoort.rest.BasispoortErrorCode.values()) {
                assertThat(code.code()).isNotEqualTo(sync.code());
            }
        }
    }
}
