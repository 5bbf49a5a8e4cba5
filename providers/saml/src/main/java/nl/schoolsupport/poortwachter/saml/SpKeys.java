package nl.schoolsupport.poortwachter.saml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Loads SP keys from PEM or PKCS#12, or generates a self-signed pair and keeps it in a directory (what the
 * reference app does on first start when no key is configured). Errors name the configuration key the
 * caller passes, so a wrong path is reported as a configuration problem at start-up.
 */
public final class SpKeys {

    /** File names inside the key directory of {@link #loadOrGenerate}. */
    public static final String KEY_FILE = "sp-key.pem";
    public static final String CERTIFICATE_FILE = "sp-certificate.pem";

    private static final int RSA_BITS = 3072;
    private static final Duration GENERATED_VALIDITY = Duration.ofDays(3650);

    private SpKeys() {
    }

    /** A PEM private key (PKCS#8 or PKCS#1, unencrypted) and a PEM certificate. */
    public static KeyAndCertificate fromPem(String configKey, Path privateKeyPem, Path certificatePem) {
        try {
            return new KeyAndCertificate(readPrivateKey(Files.readString(privateKeyPem, StandardCharsets.US_ASCII)),
                    readCertificate(Files.readString(certificatePem, StandardCharsets.US_ASCII)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationException(configKey, "cannot read the PEM key " + privateKeyPem + " / certificate "
                    + certificatePem + ": " + e.getMessage(), e);
        }
    }

    /** A PKCS#12 file; {@code alias} may be empty when the file holds exactly one key. */
    public static KeyAndCertificate fromPkcs12(String configKey, Path file, char[] password, Optional<String> alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias.orElse(null);
            if (chosen == null) {
                for (String a : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(a)) {
                        if (chosen != null) {
                            throw new IllegalArgumentException("the file holds several keys; configure an alias");
                        }
                        chosen = a;
                    }
                }
            }
            if (chosen == null || !store.isKeyEntry(chosen)) {
                throw new IllegalArgumentException("no private key " + (alias.isPresent() ? "with alias " + chosen : "in the file"));
            }
            Key key = store.getKey(chosen, password);
            return new KeyAndCertificate((PrivateKey) key, (X509Certificate) store.getCertificate(chosen));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new ConfigurationException(configKey, "cannot read the PKCS#12 file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The key pair in {@code directory} ({@value #KEY_FILE}, {@value #CERTIFICATE_FILE}); generated (RSA-3072,
     * self-signed, 10 years) and written with owner-only permissions when the directory has none yet.
     */
    public static KeyAndCertificate loadOrGenerate(String configKey, Path directory, String commonName) {
        Path keyFile = directory.resolve(KEY_FILE);
        Path certFile = directory.resolve(CERTIFICATE_FILE);
        if (Files.exists(keyFile) || Files.exists(certFile)) {
            return fromPem(configKey, keyFile, certFile);
        }
        KeyAndCertificate generated = generate(commonName);
        try {
            Files.createDirectories(directory);
            writePrivate(keyFile, toPem("PRIVATE KEY", generated.privateKey().getEncoded()));
            Files.writeString(certFile, toPem(generated.certificate()), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            return fromPem(configKey, keyFile, certFile); // another process generated it just now
        } catch (IOException | CertificateException e) {
            throw new ConfigurationException(configKey, "cannot store a generated SP key in " + directory + ": " + e.getMessage(), e);
        }
        return generated;
    }

    /** A fresh RSA key pair with a self-signed certificate (SHA256withRSA), in memory only. */
    public static KeyAndCertificate generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            return selfSigned(generator.generateKeyPair(), commonName, GENERATED_VALIDITY);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** A self-signed certificate for {@code keys}, valid from one hour ago for {@code validity}. */
    public static KeyAndCertificate selfSigned(KeyPair keys, String commonName, Duration validity) {
        Instant now = Instant.now();
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName);
        String algorithm = keys.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name.build(),
                    new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(validity)), name.build(), keys.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
            return new KeyAndCertificate(keys.getPrivate(), certificate);
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot create a self-signed certificate", e);
        }
    }

    public static PrivateKey readPrivateKey(String pem) throws IOException {
        try (Reader reader = new StringReader(pem); PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalArgumentException("expected an unencrypted PEM private key (PKCS#8 or PKCS#1), got "
                    + (object == null ? "nothing" : object.getClass().getSimpleName()));
        }
    }

    /** The first certificate in PEM text (or bare base64 DER, as in metadata). */
    public static X509Certificate readCertificate(String pemOrBase64) throws CertificateException {
        String text = pemOrBase64.strip();
        byte[] der;
        if (text.startsWith("-----")) {
            int begin = text.indexOf('\n');
            int end = text.indexOf("-----END");
            if (begin < 0 || end < begin) {
                throw new CertificateException("expected a PEM certificate, got an incomplete PEM block");
            }
            der = Base64.getMimeDecoder().decode(text.substring(begin, end));
        } else {
            der = Base64.getMimeDecoder().decode(text);
        }
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(der));
    }

    public static String toPem(X509Certificate certificate) throws CertificateException {
        return toPem("CERTIFICATE", certificate.getEncoded());
    }

    private static String toPem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writePrivate(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}
