package nl.schoolsupport.poortwachter.basispoort.rest;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCSException;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * PEM certificates and keys, read with Bouncy Castle so every form a certificate authority hands out works:
 * PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}), PKCS#1 RSA and SEC1
 * EC ({@code BEGIN RSA/EC PRIVATE KEY}, also OpenSSL-encrypted). Certificate and key may share one file, as
 * Basispoort's identity PEM often does. Errors name the configuration key and never echo key material.
 */
public final class Pem {

    /** Used as an instance (never registered globally), for the ciphers of encrypted keys the JDK lacks. */
    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private Pem() {
    }

    /** Every certificate in the file, in file order (client certificate first, then its chain). */
    public static List<X509Certificate> certificates(String configKey, Path file) {
        return certificates(configKey, read(configKey, file));
    }

    public static List<X509Certificate> certificates(String configKey, String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            // RuntimeException: Bouncy Castle's decoders throw unchecked ones on broken base64 or DER
            throw new ConfigurationException(configKey, "expected PEM certificates (BEGIN CERTIFICATE), the file could not be "
                    + "parsed: " + e.getClass().getSimpleName());
        }
        if (certificates.isEmpty()) {
            throw new ConfigurationException(configKey, "expected at least one PEM certificate (BEGIN CERTIFICATE), found none");
        }
        return certificates;
    }

    /** The private key in the file (the first one). */
    public static PrivateKey privateKey(String configKey, Path file, Optional<char[]> password) {
        return privateKey(configKey, read(configKey, file), password);
    }

    public static PrivateKey privateKey(String configKey, String pem, Optional<char[]> password) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
                if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                            .setProvider(BOUNCY_CASTLE).build(needPassword(configKey, password));
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
                }
                if (item instanceof PEMEncryptedKeyPair encrypted) {
                    PEMDecryptorProvider decryptor = new JcePEMDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(needPassword(configKey, password));
                    return converter.getKeyPair(encrypted.decryptKeyPair(decryptor)).getPrivate();
                }
            }
        } catch (ConfigurationException e) {
            throw e;
        } catch (PKCSException | org.bouncycastle.openssl.EncryptionException e) {
            throw new ConfigurationException(configKey, "the private key could not be decrypted: wrong password?");
        } catch (IOException | OperatorCreationException | RuntimeException e) {
            throw new ConfigurationException(configKey, "expected a PEM private key, the file could not be parsed: "
                    + e.getClass().getSimpleName());
        }
        throw new ConfigurationException(configKey, "expected a PEM private key (BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY, "
                + "BEGIN EC PRIVATE KEY or BEGIN ENCRYPTED PRIVATE KEY), found none");
    }

    private static char[] needPassword(String configKey, Optional<char[]> password) {
        return password.orElseThrow(() -> new ConfigurationException(configKey,
                "the private key is encrypted; set basispoort.client-key-password"));
    }

    /** Whether the key belongs to the certificate: signs a random challenge and checks it with the public key. */
    public static boolean matches(PrivateKey key, X509Certificate certificate) {
        PublicKey publicKey = certificate.getPublicKey();
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> null;
        };
        if (algorithm == null || !key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** PEM text of certificates or keys (PKCS#8 for keys), e.g. to write the demo service's credentials. */
    public static String write(Object... items) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (Object item : items) {
                if (item instanceof PrivateKey key) {
                    writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
                } else {
                    writer.writeObject(item);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM failed", e);
        }
        return out.toString();
    }

    private static String read(String configKey, Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new ConfigurationException(configKey, "cannot read " + file.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
