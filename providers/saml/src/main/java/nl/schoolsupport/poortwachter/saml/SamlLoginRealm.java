package nl.schoolsupport.poortwachter.saml;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameIDPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import nl.schoolsupport.poortwachter.realm.CompletedLogin;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.LoginFailedException;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.ProviderUnavailableException;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.realm.RedirectInstruction;
import nl.schoolsupport.poortwachter.realm.RedirectingLoginRealm;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;

/**
 * A SAML 2.0 Web SSO service provider as a login realm. {@link #start} sends the browser to the IdP with an
 * AuthnRequest (HTTP-Redirect, signed RSA-SHA256 when configured or wanted by the IdP) and remembers the
 * request for this browser; {@link #complete} validates the HTTP-POST response with every check (see
 * {@code docs/saml.md}) and maps the assertion with the profile's {@link AttributeMapper}.
 *
 * <p>A profile (Entree, Basispoort) is configuration plus a mapper: unsolicited responses, attribute names
 * and provisioning are all in {@link SamlRealmConfig} and the mapper. Failed checks are logged here with
 * their code and expected-vs-actual message, never with personal data.
 */
public class SamlLoginRealm implements RedirectingLoginRealm {

    private static final Logger LOG = LoggerFactory.getLogger(SamlLoginRealm.class);

    /** Form parameter names of the HTTP-POST binding. */
    public static final String SAML_RESPONSE = "SAMLResponse";
    public static final String RELAY_STATE = "RelayState";

    private final SamlRealmConfig config;
    private final IdpMetadata idp;
    private final SpCredentials credentials;
    private final AttributeMapper mapper;
    private final Clock clock;
    private final PendingRequests pending;
    private final ResponseValidator validator;
    private volatile String metadataXml;

    public SamlLoginRealm(SamlRealmConfig config, IdpMetadata idp, SpCredentials credentials, AttributeMapper mapper,
            OneTimeStore oneTimeStore, ReplayCache replayCache, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.idp = Objects.requireNonNull(idp, "idp");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pending = new PendingRequests(oneTimeStore, config.realmId());
        this.validator = new ResponseValidator(config, credentials, pending, replayCache, clock);
    }

    @Override
    public String id() {
        return config.realmId();
    }

    @Override
    public ProvisioningPolicy provisioning() {
        return config.provisioning();
    }

    public SamlRealmConfig config() {
        return config;
    }

    public IdpMetadata idpMetadata() {
        return idp;
    }

    /** Our SP metadata XML, for {@code GET /saml/{realm}/metadata} ({@code application/samlmetadata+xml}). */
    public String spMetadataXml() {
        String xml = metadataXml;
        if (xml == null) {
            xml = SpMetadata.xml(config, credentials);
            metadataXml = xml;
        }
        return xml;
    }

    @Override
    public RedirectInstruction start(StartLogin request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        Instant expires = now.plus(config.pendingRequestTtl());
        Optional<String> relayState = request.returnTo()
                .map(path -> ReturnPaths.check(path, config.returnPathPrefixes()))
                .map(path -> pending.rememberReturnPath(path, expires));
        IdpDescriptor descriptor = idp.current();
        String sso = descriptor.ssoRedirectUrl().orElseThrow(() -> new ProviderUnavailableException(
                SamlErrorCode.METADATA_INVALID, "IdP " + descriptor.entityId()
                        + " publishes no SingleSignOnService with the HTTP-Redirect binding; SP-initiated login is impossible", null));
        String requestId = PendingRequests.newRequestId();
        pending.remember(requestId, request.browserBinding(), expires);
        AuthnRequest authnRequest = OpenSaml.build(AuthnRequest.DEFAULT_ELEMENT_NAME);
        authnRequest.setID(requestId);
        authnRequest.setVersion(SAMLVersion.VERSION_20);
        authnRequest.setIssueInstant(now);
        authnRequest.setDestination(sso);
        authnRequest.setProtocolBinding(SAMLConstants.SAML2_POST_BINDING_URI);
        authnRequest.setAssertionConsumerServiceURL(config.acsUrl());
        if (request.forceAuthn()) {
            authnRequest.setForceAuthn(true);
        }
        Issuer issuer = OpenSaml.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(config.spEntityId());
        authnRequest.setIssuer(issuer);
        config.nameIdFormat().ifPresent(format -> {
            NameIDPolicy policy = OpenSaml.build(NameIDPolicy.DEFAULT_ELEMENT_NAME);
            policy.setFormat(format);
            policy.setAllowCreate(true);
            authnRequest.setNameIDPolicy(policy);
        });
        String xml = SerializeSupport.nodeToString(OpenSaml.marshall(authnRequest));
        boolean sign = config.signAuthnRequests() || descriptor.wantAuthnRequestsSigned();
        String location = RedirectBinding.encode(sso, xml, relayState,
                sign ? Optional.of(credentials.signing().privateKey()) : Optional.empty());
        return new RedirectInstruction(URI.create(location));
    }

    @Override
    public CompletedLogin complete(ProtocolCallback callback) {
        Objects.requireNonNull(callback, "callback");
        if (!config.realmId().equals(callback.realmId())) {
            throw new IllegalArgumentException("callback for realm " + callback.realmId() + " reached realm " + config.realmId());
        }
        SamlAssertion assertion;
        ExternalIdentity identity;
        try {
            assertion = validator.validate(callback.single(SAML_RESPONSE), callback.browserBinding(), idp.current());
            identity = mapper.map(config.realmId(), assertion);
        } catch (LoginFailedException e) {
            LOG.warn("SAML login for realm {} refused: {}", config.realmId(), e.getMessage());
            throw e;
        }
        if (!config.realmId().equals(identity.realmId())) {
            throw new IllegalStateException("attribute mapper of realm " + config.realmId() + " produced an identity of realm "
                    + identity.realmId());
        }
        if (identity.authnInstant().isEmpty() || identity.sessionIndex().isEmpty()) {
            identity = new ExternalIdentity(identity.realmId(), identity.subject(), identity.eckId(), identity.role(),
                    identity.flags(), identity.school(), identity.name(), identity.group(), identity.attributes(),
                    identity.authnInstant().or(assertion::authnInstant), identity.sessionIndex().or(assertion::sessionIndex));
        }
        Optional<String> returnTo = callback.single(RELAY_STATE).flatMap(pending::takeReturnPath);
        return new CompletedLogin(identity, returnTo);
    }
}
