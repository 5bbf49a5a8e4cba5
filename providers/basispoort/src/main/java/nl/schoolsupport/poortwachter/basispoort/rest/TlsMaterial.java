package nl.schoolsupport.poortwachter.basispoort.rest;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the client presents and trusts in the TLS handshake with Basispoort.
 *
 * @param key     the client certificate's private key
 * @param chain   the client certificate first, then intermediates (as the PEM file lists them)
 * @param trusted CA certificates trusted for the server; empty means the JDK's default trust store
 */
public record TlsMaterial(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> trusted) {

    public TlsMaterial {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a client certificate is required");
        }
        trusted = List.copyOf(trusted);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** A fresh SSL context that presents the client certificate and trusts {@link #trusted()}. */
    public SSLContext sslContext() {
        try {
            char[] password = new char[0];
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trusted.isEmpty()) {
                tmf.init((KeyStore) null);
            } else {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                for (int i = 0; i < trusted.size(); i++) {
                    trust.setCertificateEntry("ca-" + i, trusted.get(i));
                }
                tmf.init(trust);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("building the TLS context failed: " + e.getMessage(), e);
        }
    }
}
