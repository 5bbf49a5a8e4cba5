package nl.schoolsupport.poortwachter.basispoort.rest;

import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.lifecycle.Startable;

/**
 * The production connection: certificate, key and CA from PEM files, read and checked in {@link #start()} (the key
 * must belong to the certificate). An expired or nearly expired certificate is logged loudly but does not stop the
 * application: logins do not need it, and the sync's status will show the handshake error.
 */
public final class PemFileConnection implements BasispoortConnection, Startable {

    private static final Logger LOG = LoggerFactory.getLogger(PemFileConnection.class);
    private static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private final URI baseUrl;
    private final Path clientCert;
    private final Optional<Path> clientKey;
    private final Optional<String> keyPassword;
    private final Optional<Path> trustCert;
    private final Clock clock;
    private volatile TlsMaterial tls;

    public PemFileConnection(URI baseUrl, Path clientCert, Optional<Path> clientKey, Optional<String> keyPassword,
            Optional<Path> trustCert, Clock clock) {
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.clientCert = Objects.requireNonNull(clientCert);
        this.clientKey = Objects.requireNonNull(clientKey);
        this.keyPassword = Objects.requireNonNull(keyPassword);
        this.trustCert = Objects.requireNonNull(trustCert);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized void start() {
        if (tls != null) {
            return;
        }
        List<X509Certificate> chain = Pem.certificates("basispoort.client-cert", clientCert);
        String keyConfig = clientKey.isPresent() ? "basispoort.client-key" : "basispoort.client-cert";
        PrivateKey key = Pem.privateKey(keyConfig, clientKey.orElse(clientCert), keyPassword.map(String::toCharArray));
        if (!Pem.matches(key, chain.get(0))) {
            throw new ConfigurationException(keyConfig, "the private key does not belong to the certificate in "
                    + "basispoort.client-cert (" + chain.get(0).getSubjectX500Principal().getName() + ")");
        }
        List<X509Certificate> trusted = trustCert.map(p -> Pem.certificates("basispoort.trust-cert", p)).orElse(List.of());
        Instant notAfter = chain.get(0).getNotAfter().toInstant();
        Instant now = clock.instant();
        if (notAfter.isBefore(now)) {
            LOG.error("The Basispoort client certificate ({}) expired on {}: Basispoort will refuse the sync (PW-BASISPOORT-001)",
                    chain.get(0).getSubjectX500Principal().getName(), notAfter);
        } else if (notAfter.isBefore(now.plus(EXPIRY_WARNING))) {
            LOG.warn("The Basispoort client certificate ({}) expires on {}: ask Basispoort for a new one",
                    chain.get(0).getSubjectX500Principal().getName(), notAfter);
        }
        tls = new TlsMaterial(key, chain, trusted);
        LOG.info("Basispoort sync client: {} as {}", baseUrl, chain.get(0).getSubjectX500Principal().getName());
    }

    @Override
    public int startOrder() {
        return 50;
    }

    @Override
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public TlsMaterial tls() {
        TlsMaterial material = tls;
        if (material == null) {
            throw new IllegalStateException("PemFileConnection.start() was not called (start the Lifecycle first)");
        }
        return material;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
