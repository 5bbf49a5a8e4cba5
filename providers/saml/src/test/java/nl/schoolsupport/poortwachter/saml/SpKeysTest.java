package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;

class SpKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatesOnceStoresPrivatelyAndLoadsTheSameKeyAgain() throws Exception {
        KeyAndCertificate first = SpKeys.loadOrGenerate("saml.sp-key-dir", dir.resolve("keys"), "Poortwachter SP");
        KeyAndCertificate second = SpKeys.loadOrGenerate("saml.sp-key-dir", dir.resolve("keys"), "Poortwachter SP");

        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys").resolve(SpKeys.KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(first.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Poortwachter SP");
        assertThat(first.toString()).contains("redacted");
    }

    @Test
    void readsPkcs12() throws Exception {
        KeyAndCertificate key = TestKeyPairs.rsa("p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("sp", key.privateKey(), "geheim".toCharArray(), new Certificate[] {key.certificate()});
        Path file = dir.resolve("sp.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "geheim".toCharArray());
        }

        KeyAndCertificate loaded = SpKeys.fromPkcs12("saml.sp-keystore", file, "geheim".toCharArray(), Optional.empty());

        assertThat(loaded.certificate()).isEqualTo(key.certificate());
        assertThatThrownBy(() -> SpKeys.fromPkcs12("saml.sp-keystore", file, "fout".toCharArray(), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("saml.sp-keystore");
    }

    @Test
    void missingPemNamesTheKey() {
        assertThatThrownBy(() -> SpKeys.fromPem("saml.sp-key", dir.resolve("none.pem"), dir.resolve("none.crt")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'saml.sp-key'");
    }
}
