package nl.schoolsupport.poortwachter.basispoort.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortErrorCode;

class BasispoortLoginMessagesTest {

    private static final String BUNDLE = BasispoortLoginMessages.BUNDLE;

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
    void theExceptionsExplainThemselvesInDutchByDefaultAndInEnglish() {
        var missing = new BasispoortSubjectMissingException(List.of("basispoortId"), "test");
        assertThat(missing.userMessage(new Locale("nl"))).startsWith("Basispoort gaf niet door wie je bent");
        assertThat(missing.userMessage(Locale.ROOT)).startsWith("Basispoort gaf niet door wie je bent");
        assertThat(missing.userMessage(Locale.ENGLISH)).startsWith("Basispoort did not pass on who you are");
        assertThat(new BasispoortSubjectInvalidException("basispoortId", "too long").userMessage(Locale.ENGLISH))
                .contains("user number");
        assertThat(new BasispoortSchoolInvalidException("BRIN").userMessage(new Locale("nl"))).contains("schoolcode (BRIN)");
    }

    @Test
    void theCodesDoNotCollideWithTheSyncClientCodes() {
        for (BasispoortLoginErrorCode code : BasispoortLoginErrorCode.values()) {
            assertThat(code.code()).matches("PW-BASISPOORT-1[0-9]{2}");
            for (var sync : BasispoortErrorCode.values()) {
                assertThat(code.code()).isNotEqualTo(sync.code());
            }
        }
    }
}
