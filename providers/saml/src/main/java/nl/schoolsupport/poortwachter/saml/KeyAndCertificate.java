package nl.schoolsupport.poortwachter.saml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A private key with its certificate (SP signing/encryption, demo IdP signing). */
public record KeyAndCertificate(PrivateKey privateKey, X509Certificate certificate) {

    public KeyAndCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        if (!privateKey.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm())) {
            throw new IllegalArgumentException("private key (" + privateKey.getAlgorithm()
                    + ") does not belong to the certificate (" + certificate.getPublicKey().getAlgorithm() + ")");
        }
    }

    @Override
    public String toString() {
        return "KeyAndCertificate[" + certificate.getSubjectX500Principal().getName() + ", key redacted]";
    }
}
