package nl.schoolsupport.poortwachter.basispoort.demo;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * DEMO ONLY: a tiny certificate authority made in memory at start, for the built-in Basispoort demo service and
 * for tests (a server certificate for 127.0.0.1/localhost, client certificates). Keys are EC P-256 unless RSA is
 * asked for; nothing is ever written unless a caller writes it.
 */
public final class DemoPki {

    /** A key pair with its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private final Issued ca;

    private DemoPki(Issued ca) {
        this.ca = ca;
    }

    /** A new CA with a fresh key, valid for {@code validity}. */
    public static DemoPki newCa(String name, Duration validity) {
        KeyPair keys = ecKeys();
        X500Name subject = new X500Name("CN=" + name + ",O=Poortwachter demo");
        try {
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new DemoPki(new Issued(keys, sign(builder, keys)));
        } catch (CertIOException e) {
            throw new IllegalStateException("making the demo CA failed", e);
        }
    }

    public X509Certificate caCertificate() {
        return ca.certificate();
    }

    /** A TLS server certificate for 127.0.0.1, ::1 and localhost. */
    public Issued issueServer(String name) {
        return issue(name, ecKeys(), KeyPurposeId.id_kp_serverAuth, Duration.ofDays(365), Instant.now());
    }

    /** A TLS client certificate (what Basispoort issues to a publisher). */
    public Issued issueClient(String name) {
        return issue(name, ecKeys(), KeyPurposeId.id_kp_clientAuth, Duration.ofDays(365), Instant.now());
    }

    /** A client certificate with an RSA key, valid from {@code notBefore} for {@code validity} (expired ones for tests). */
    public Issued issueClient(String name, boolean rsa, Instant notBefore, Duration validity) {
        return issue(name, rsa ? rsaKeys() : ecKeys(), KeyPurposeId.id_kp_clientAuth, validity, notBefore);
    }

    private Issued issue(String name, KeyPair keys, KeyPurposeId purpose, Duration validity, Instant notBefore) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
                    Date.from(notBefore.minus(Duration.ofMinutes(5))), Date.from(notBefore.plus(validity)),
                    new X500Name("CN=" + name + ",O=Poortwachter demo"), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (purpose == KeyPurposeId.id_kp_serverAuth) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, InetAddress.getByName("::1").getHostAddress())}));
            }
            return new Issued(keys, sign(builder, ca.keys()));
        } catch (CertIOException | UnknownHostException e) {
            throw new IllegalStateException("issuing a demo certificate failed", e);
        }
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer) {
        try {
            String algorithm = signer.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(algorithm).build(signer.getPrivate())));
        } catch (OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("signing a demo certificate failed", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom());
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 unavailable", e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }
}
