package nl.schoolsupport.poortwachter.saml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.common.TimeBoundSAMLObject;
import org.opensaml.saml.saml2.metadata.EntitiesDescriptor;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.credential.Credential;
import org.opensaml.security.credential.UsageType;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.lifecycle.Startable;
import nl.schoolsupport.poortwachter.realm.ProviderUnavailableException;
import nl.schoolsupport.poortwachter.saml.check.MetadataInvalidException;
import nl.schoolsupport.poortwachter.saml.check.SamlCheckException;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;

/**
 * The IdP's SAML metadata, from a file, an https URL, or XML in memory (the built-in demo IdP: the same path
 * as a real IdP from here on). When a federation signing certificate is configured, the metadata must carry
 * a valid signature by it. As a {@link Startable} it loads once at start and then refreshes periodically;
 * a failed refresh keeps the last good copy (and is retried sooner). Logins before any good copy fail with
 * {@code PW-SAML-030} (provider unavailable), and trigger a new attempt at most every {@link #RETRY_AFTER}.
 */
public final class IdpMetadata implements Startable {

    private static final Logger LOG = LoggerFactory.getLogger(IdpMetadata.class);

    public static final Duration DEFAULT_REFRESH = Duration.ofHours(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);

    private final String configKey;
    private final Source source;
    private final Optional<X509Certificate> federationCertificate;
    private final Optional<String> idpEntityId;
    private final Duration refreshInterval;
    private final Clock clock;
    private final AtomicReference<IdpDescriptor> current = new AtomicReference<>();
    private volatile Instant lastAttempt = Instant.EPOCH;
    private volatile String lastProblem = "not loaded yet";
    private ScheduledExecutorService scheduler;

    private IdpMetadata(String configKey, Source source, Optional<X509Certificate> federationCertificate,
            Optional<String> idpEntityId, Duration refreshInterval, Clock clock) {
        this.configKey = Objects.requireNonNull(configKey);
        this.source = Objects.requireNonNull(source);
        this.federationCertificate = Objects.requireNonNull(federationCertificate);
        this.idpEntityId = Objects.requireNonNull(idpEntityId);
        this.refreshInterval = Objects.requireNonNull(refreshInterval);
        this.clock = Objects.requireNonNull(clock);
        if (refreshInterval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new ConfigurationException(configKey, "metadata refresh interval must be at least PT1M, got " + refreshInterval);
        }
    }

    /**
     * Metadata from a file path or an https URL ({@code http://} only for 127.0.0.1/localhost, for test IdPs).
     *
     * @param configKey             named in configuration errors, e.g. {@code entree.idp-metadata}
     * @param federationCertificate when present, the metadata must be signed by it
     * @param idpEntityId           which IdP to use when the metadata describes several
     */
    public static IdpMetadata fromLocation(String configKey, String location, Optional<X509Certificate> federationCertificate,
            Optional<String> idpEntityId, Duration refreshInterval, Clock clock) {
        if (location == null || location.isBlank()) {
            throw new ConfigurationException(configKey, "expected a file path or https URL of IdP metadata, got nothing");
        }
        String trimmed = location.strip();
        Source source;
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            URI uri;
            try {
                uri = URI.create(trimmed);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(configKey, "not a valid URL: " + e.getMessage());
            }
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()) || "[::1]".equals(uri.getHost());
            if ("http".equals(uri.getScheme()) && !loopback) {
                throw new ConfigurationException(configKey, "expected an https URL (http is allowed for 127.0.0.1/localhost only), got "
                        + uri.getScheme() + "://" + uri.getHost());
            }
            source = new UrlSource(uri);
        } else {
            source = new FileSource(Path.of(trimmed));
        }
        return new IdpMetadata(configKey, source, federationCertificate, idpEntityId, refreshInterval, clock);
    }

    /** Metadata held in memory, e.g. the built-in demo IdP's; no refresh needed, but treated exactly the same. */
    public static IdpMetadata fromXml(String configKey, String xml, Clock clock) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new IdpMetadata(configKey, new Source() {
            @Override
            public byte[] read() {
                return bytes;
            }

            @Override
            public String describe() {
                return "in-memory metadata";
            }
        }, Optional.empty(), Optional.empty(), DEFAULT_REFRESH, clock);
    }

    @Override
    public synchronized void start() {
        if (!reload()) {
            LOG.error("IdP metadata for '{}' could not be loaded from {}: {}; logins fail until it loads (retrying)",
                    configKey, source.describe(), lastProblem);
        }
        if (source instanceof UrlSource || source instanceof FileSource) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "saml-metadata-" + configKey);
                t.setDaemon(true);
                return t;
            });
            scheduler.schedule(this::scheduledRefresh, nextDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public int startOrder() {
        return 50;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void scheduledRefresh() {
        try {
            if (!reload()) {
                LOG.warn("IdP metadata refresh for '{}' from {} failed: {}; keeping the copy loaded at {}", configKey,
                        source.describe(), lastProblem, Optional.ofNullable(current.get()).map(IdpDescriptor::loadedAt).orElse(null));
            }
        } finally {
            ScheduledExecutorService s = scheduler;
            if (s != null && !s.isShutdown()) {
                s.schedule(this::scheduledRefresh, nextDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Duration nextDelay() {
        IdpDescriptor loaded = current.get();
        boolean healthy = loaded != null && lastProblem == null;
        return healthy ? refreshInterval : min(refreshInterval, Duration.ofMinutes(5));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Loads now; true on success. A failure keeps the previous good copy. */
    public boolean reload() {
        lastAttempt = clock.instant();
        try {
            IdpDescriptor descriptor = parse(source.read());
            current.set(descriptor);
            lastProblem = null;
            LOG.info("IdP metadata for '{}' loaded from {}: entity {}, {} signing key(s)", configKey, source.describe(),
                    descriptor.entityId(), descriptor.signingCredentials().size());
            return true;
        } catch (IOException | RuntimeException e) {
            lastProblem = e.getMessage();
            return false;
        }
    }

    /** The IdP's entity id, once metadata has loaded. */
    public Optional<String> entityId() {
        return Optional.ofNullable(current.get()).map(IdpDescriptor::entityId);
    }

    /** When the copy in use was loaded; empty before the first success. */
    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(current.get()).map(IdpDescriptor::loadedAt);
    }

    /** Why the last load failed; empty after a success. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    IdpDescriptor current() {
        IdpDescriptor descriptor = current.get();
        if (descriptor == null && clock.instant().isAfter(lastAttempt.plus(RETRY_AFTER))) {
            synchronized (this) {
                descriptor = current.get();
                if (descriptor == null && reload()) {
                    descriptor = current.get();
                }
            }
        }
        if (descriptor == null) {
            throw new ProviderUnavailableException(SamlErrorCode.METADATA_UNAVAILABLE, "IdP metadata for '" + configKey
                    + "' is not available (" + lastProblem + ")", null);
        }
        if (descriptor.validUntil().isPresent() && clock.instant().isAfter(descriptor.validUntil().get())) {
            throw new ProviderUnavailableException(SamlErrorCode.METADATA_UNAVAILABLE, "IdP metadata for '" + configKey
                    + "' expired at " + descriptor.validUntil().get() + " and no newer copy could be loaded (" + lastProblem + ")", null);
        }
        return descriptor;
    }

    IdpDescriptor parse(byte[] xml) {
        OpenSaml.init();
        Document document;
        try {
            document = SecureXml.parseMetadata(xml);
        } catch (SamlCheckException e) {
            throw new MetadataInvalidException("metadata is not usable XML: " + e.getMessage(), e);
        }
        XMLObject root;
        try {
            root = OpenSaml.unmarshall(document.getDocumentElement());
        } catch (UnmarshallingException e) {
            throw new MetadataInvalidException("metadata cannot be read as SAML metadata: " + e.getMessage(), e);
        }
        if (!(root instanceof EntityDescriptor) && !(root instanceof EntitiesDescriptor)) {
            throw new MetadataInvalidException("expected an EntityDescriptor or EntitiesDescriptor, got "
                    + document.getDocumentElement().getLocalName());
        }
        if (federationCertificate.isPresent()) {
            SignatureChecks.verify((SignableSAMLObject) root, List.of(new BasicX509Credential(federationCertificate.get())),
                    "metadata");
        }
        Instant now = clock.instant();
        Optional<Instant> validUntil = Optional.ofNullable(((TimeBoundSAMLObject) root).getValidUntil());
        if (validUntil.isPresent() && now.isAfter(validUntil.get())) {
            throw new MetadataInvalidException("metadata validUntil " + validUntil.get() + " has passed");
        }
        List<EntityDescriptor> idps = new ArrayList<>();
        collectIdps(root, idps);
        EntityDescriptor entity = chooseIdp(idps);
        IDPSSODescriptor idp = entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS);
        if (entity.getValidUntil() != null) {
            if (now.isAfter(entity.getValidUntil())) {
                throw new MetadataInvalidException("metadata of " + entity.getEntityID() + " expired at " + entity.getValidUntil());
            }
            validUntil = validUntil.map(v -> v.isBefore(entity.getValidUntil()) ? v : entity.getValidUntil())
                    .or(() -> Optional.of(entity.getValidUntil()));
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (KeyDescriptor key : idp.getKeyDescriptors()) {
            if (key.getUse() == UsageType.ENCRYPTION || key.getKeyInfo() == null) {
                continue;
            }
            try {
                for (X509Certificate c : KeyInfoSupport.getCertificates(key.getKeyInfo())) {
                    if (certificates.stream().noneMatch(known -> known.getPublicKey().equals(c.getPublicKey()))) {
                        certificates.add(c);
                    }
                }
            } catch (CertificateException e) {
                throw new MetadataInvalidException("a signing certificate of " + entity.getEntityID() + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (certificates.isEmpty()) {
            throw new MetadataInvalidException("IdP " + entity.getEntityID() + " publishes no signing certificate");
        }
        Optional<String> redirect = idp.getSingleSignOnServices().stream()
                .filter(s -> SAMLConstants.SAML2_REDIRECT_BINDING_URI.equals(s.getBinding()))
                .map(SingleSignOnService::getLocation).filter(Objects::nonNull).findFirst();
        List<Credential> credentials = certificates.stream().<Credential>map(BasicX509Credential::new).toList();
        return new IdpDescriptor(entity.getEntityID(), redirect, certificates, credentials,
                Boolean.TRUE.equals(idp.getWantAuthnRequestsSigned()), now, validUntil);
    }

    private static void collectIdps(XMLObject node, List<EntityDescriptor> into) {
        if (node instanceof EntityDescriptor entity) {
            if (entity.getIDPSSODescriptor(SAMLConstants.SAML20P_NS) != null) {
                into.add(entity);
            }
        } else if (node instanceof EntitiesDescriptor group) {
            group.getEntityDescriptors().forEach(e -> collectIdps(e, into));
            group.getEntitiesDescriptors().forEach(g -> collectIdps(g, into));
        }
    }

    private EntityDescriptor chooseIdp(List<EntityDescriptor> idps) {
        if (idpEntityId.isPresent()) {
            return idps.stream().filter(e -> idpEntityId.get().equals(e.getEntityID())).findFirst()
                    .orElseThrow(() -> new MetadataInvalidException("expected IdP " + idpEntityId.get() + " in the metadata, it has "
                            + idps.size() + " other IdP(s)"));
        }
        if (idps.size() != 1) {
            throw new MetadataInvalidException("expected exactly one SAML 2.0 IdP in the metadata, got " + idps.size()
                    + "; configure which entity id to use");
        }
        return idps.get(0);
    }

    private interface Source {
        byte[] read() throws IOException;

        String describe();
    }

    private record FileSource(Path path) implements Source {
        @Override
        public byte[] read() throws IOException {
            return Files.readAllBytes(path);
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    private record UrlSource(URI uri) implements Source {
        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        @Override
        public byte[] read() throws IOException {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(HTTP_TIMEOUT)
                    .header("Accept", "application/samlmetadata+xml, application/xml, text/xml").GET().build();
            try {
                HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException("expected HTTP 200 from " + uri + ", got " + response.statusCode());
                }
                return response.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + uri, e);
            }
        }

        @Override
        public String describe() {
            return uri.toString();
        }
    }
}
