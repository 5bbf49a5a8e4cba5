package nl.schoolsupport.poortwachter.basispoort.rest;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

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
            context.init(new KeyManager[] {new AlwaysPresent((X509ExtendedKeyManager) kmf.getKeyManagers()[0])},
                    tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("building the TLS context failed: " + e.getMessage(), e);
        }
    }

    /**
     * Presents the configured certificate whatever CA list the server asks for, as curl and other clients do. The
     * JDK's default would silently send no certificate when the issuer is not on the server's list, and the server
     * would then hang up without a reason; presenting it lets the server say "bad certificate", which we report.
     */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager delegate;

        AlwaysPresent(X509ExtendedKeyManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return "client";
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return "client";
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {"client"};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return delegate.getServerAliases(keyType, issuers);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return delegate.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return delegate.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return delegate.getPrivateKey(alias);
        }
    }
}
