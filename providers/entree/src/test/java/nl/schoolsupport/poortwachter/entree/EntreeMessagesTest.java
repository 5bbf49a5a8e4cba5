package nl.schoolsupport.poortwachter.entree;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class EntreeMessagesTest {

    @Test
    void everyEntreeCodeHasADutchAndAnEnglishText() {
        for (Locale locale : new Locale[] {new Locale("nl"), Locale.ROOT}) {
            ResourceBundle bundle = ResourceBundle.getBundle("nl.schoolsupport.poortwachter.entree.EntreeMessages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (EntreeErrorCode code : EntreeErrorCode.values()) {
                assertThat(bundle.getString(code.code())).isNotBlank();
            }
        }
        String dutch = ResourceBundle.getBundle("nl.schoolsupport.poortwachter.entree.EntreeMessages", new Locale("nl"))
                .getString("PW-ENTREE-001");
        assertThat(MessageFormat.format(dutch, "eduPersonAffiliation")).contains("ontbrekend: eduPersonAffiliation");
    }
}
