package nl.schoolsupport.poortwachter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

class AesGcmDataProtectorTest {

    private final AesGcmDataProtector protector = AesGcmDataProtector.fromBase64(AesGcmDataProtector.generateSecret());

    @Test
    void encryptionRoundTripsAndIsRandomised() {
        String eck = "https://ketenid.nl/201703/" + "0f".repeat(32);
        String a = protector.encrypt(eck);
        String b = protector.encrypt(eck);
        assertThat(a).isNotEqualTo(b).doesNotContain("ketenid");
        assertThat(protector.decrypt(a)).isEqualTo(eck);
    }

    @Test
    void tamperingOrAnotherKeyIsDetected() {
        String sealed = protector.encrypt("secret");
        int i = "v1:".length() + 20; // inside the ciphertext, away from base64 padding bits
        String tampered = sealed.substring(0, i) + (sealed.charAt(i) == 'A' ? 'B' : 'A') + sealed.substring(i + 1);
        assertThatThrownBy(() -> protector.decrypt(tampered)).isInstanceOf(PoortwachterException.class);
        AesGcmDataProtector other = AesGcmDataProtector.fromBase64(AesGcmDataProtector.generateSecret());
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(PoortwachterException.class)
                .hasMessageContaining("security.data-key");
    }

    @Test
    void lookupKeysAreStablePerPurposeAndKey() {
        assertThat(protector.lookupKey("eck-id", "x")).isEqualTo(protector.lookupKey("eck-id", "x"))
                .isNotEqualTo(protector.lookupKey("log", "x"));
        assertThat(protector.pseudonym("daan@school")).hasSize(12).doesNotContain("daan");
    }

    @Test
    void shortOrMissingKeysAreAConfigurationError() {
        assertThatThrownBy(() -> new AesGcmDataProtector(new byte[16])).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("security.data-key");
        assertThatThrownBy(() -> AesGcmDataProtector.fromBase64("not base64!")).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void eckIdNeverPrintsItsValue() {
        EckId eck = EckId.of("https://ketenid.nl/201703/abc");
        assertThat(eck.toString()).doesNotContain("ketenid").doesNotContain("abc");
        assertThat(EckId.ofNullable(" ")).isEmpty();
    }
}
