package nl.schoolsupport.poortwachter.basispoort.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.Optional;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.schoolsupport.poortwachter.basispoort.demo.DemoPki;
import nl.schoolsupport.poortwachter.error.ConfigurationException;

class PemTest {

    private static final DemoPki PKI = DemoPki.newCa("Test CA", Duration.ofDays(1));

    @TempDir
    Path dir;

    @Test
    void readsPkcs8EcKeyAndCertificateChain() {
        DemoPki.Issued client = PKI.issueClient("client");
        String certs = Pem.write(client.certificate(), PKI.caCertificate());

        assertThat(Pem.certificates("k", certs)).containsExactly(client.certificate(), PKI.caCertificate());
        PrivateKey key = Pem.privateKey("k", Pem.write(client.keys().getPrivate()), Optional.empty());
        assertThat(key.getEncoded()).isEqualTo(client.keys().getPrivate().getEncoded());
        assertThat(Pem.matches(key, client.certificate())).isTrue();
        assertThat(Pem.matches(key, PKI.issueClient("other").certificate())).isFalse();
    }

    @Test
    void readsPkcs1RsaKeyFromTheCertificateFile() throws IOException {
        DemoPki.Issued client = PKI.issueClient("rsa", true, Instant.now(), Duration.ofDays(1));
        StringWriter pkcs1 = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pkcs1)) {
            writer.writeObject(client.keys());
        }
        assertThat(pkcs1.toString()).contains("BEGIN RSA PRIVATE KEY");
        String combined = Pem.write(client.certificate()) + pkcs1;

        PrivateKey key = Pem.privateKey("basispoort.client-cert", combined, Optional.empty());

        assertThat(Pem.matches(key, Pem.certificates("basispoort.client-cert", combined).get(0))).isTrue();
    }

    @Test
    void readsEncryptedPkcs8WithThePasswordAndExplainsAWrongOne() throws Exception {
        DemoPki.Issued client = PKI.issueClient("encrypted");
        OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()).setPassword("geheim".toCharArray()).build();
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new JcaPKCS8Generator(client.keys().getPrivate(), encryptor));
        }
        String pem = out.toString();
        assertThat(pem).contains("BEGIN ENCRYPTED PRIVATE KEY");

        assertThat(Pem.privateKey("basispoort.client-key", pem, Optional.of("geheim".toCharArray())).getEncoded())
                .isEqualTo(client.keys().getPrivate().getEncoded());
        assertThatThrownBy(() -> Pem.privateKey("basispoort.client-key", pem, Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.client-key-password");
        assertThatThrownBy(() -> Pem.privateKey("basispoort.client-key", pem, Optional.of("fout".toCharArray())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("wrong password");
    }

    @Test
    void errorsNameTheKeyAndNeverEchoTheFile() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nnot base64 at all!!\n"
                + "-----END CERTIFICATE-----\n");
        assertThatThrownBy(() -> Pem.certificates("basispoort.client-cert", garbage))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("basispoort.client-cert")
                .hasMessageNotContaining("not base64");
        assertThatThrownBy(() -> Pem.certificates("basispoort.trust-cert", dir.resolve("missing.pem")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> Pem.privateKey("basispoort.client-key", Pem.write(PKI.caCertificate()), Optional.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("found none");
    }

    @Test
    void pemFileConnectionChecksThatTheKeyBelongsToTheCertificate() throws IOException {
        DemoPki.Issued client = PKI.issueClient("client");
        DemoPki.Issued other = PKI.issueClient("other");
        Path cert = Files.writeString(dir.resolve("client.pem"), Pem.write(client.certificate()));
        Path wrongKey = Files.writeString(dir.resolve("wrong-key.pem"), Pem.write(other.keys().getPrivate()));
        Path rightKey = Files.writeString(dir.resolve("key.pem"), Pem.write(client.keys().getPrivate()));
        Path ca = Files.writeString(dir.resolve("ca.pem"), Pem.write(PKI.caCertificate()));

        PemFileConnection wrong = new PemFileConnection(java.net.URI.create("https://rest.basispoort.nl"), cert,
                Optional.of(wrongKey), Optional.empty(), Optional.of(ca), Clock.systemUTC());
        assertThatThrownBy(wrong::start).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("basispoort.client-key").hasMessageContaining("does not belong");

        PemFileConnection right = new PemFileConnection(java.net.URI.create("https://rest.basispoort.nl"), cert,
                Optional.of(rightKey), Optional.empty(), Optional.of(ca), Clock.systemUTC());
        assertThatThrownBy(right::tls).isInstanceOf(IllegalStateException.class);
        right.start();
        assertThat(right.tls().certificate()).isEqualTo(client.certificate());
        assertThat(right.tls().trusted()).containsExactly(PKI.caCertificate());
        assertThat(right.tls().sslContext().getProtocol()).isEqualTo("TLS");
    }
}
