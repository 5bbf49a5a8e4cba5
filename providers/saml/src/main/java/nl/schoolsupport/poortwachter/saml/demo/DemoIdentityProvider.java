package nl.schoolsupport.poortwachter.saml.demo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.IDPSSODescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SingleSignOnService;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;
import org.w3c.dom.Element;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import nl.schoolsupport.poortwachter.saml.KeyAndCertificate;
import nl.schoolsupport.poortwachter.saml.OpenSaml;
import nl.schoolsupport.poortwachter.saml.RedirectBinding;
import nl.schoolsupport.poortwachter.saml.SpKeys;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;

/**
 * A small, clearly-demo SAML 2.0 IdP for offline use: it signs real responses (RSA-SHA256, Response and
 * Assertion, key generated at start) for a fixed list of users, without asking for a password. Its metadata
 * is fed to the SP like any IdP's, so our side runs exactly the code path of a real IdP.
 *
 * <p>Endpoints the embedding app exposes: the SSO URL given here (GET with {@code SAMLRequest} and
 * {@code RelayState} from our AuthnRequest redirect: show {@link #users()}, then call {@link #respond} for the
 * chosen user and serve {@link PostForm#autoSubmitHtml}), and optionally an IdP-initiated start that calls
 * {@link #respond} without a request.
 */
public final class DemoIdentityProvider {

    private static final Duration KEY_VALIDITY = Duration.ofDays(365);

    private final String entityId;
    private final String ssoUrl;
    private final List<DemoUser> users;
    private final KeyAndCertificate key;
    private final Clock clock;
    private final String metadataXml;

    /** With a fresh RSA-2048 key (CPU only, about a tenth of a second). */
    public DemoIdentityProvider(String entityId, String ssoUrl, List<DemoUser> users) {
        this(entityId, ssoUrl, users, generateKey(entityId), Clock.systemUTC());
    }

    public DemoIdentityProvider(String entityId, String ssoUrl, List<DemoUser> users, KeyAndCertificate key, Clock clock) {
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.ssoUrl = Objects.requireNonNull(ssoUrl, "ssoUrl");
        this.users = List.copyOf(users);
        this.key = Objects.requireNonNull(key, "key");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (this.users.stream().map(DemoUser::id).distinct().count() != this.users.size()) {
            throw new IllegalArgumentException("demo user ids must be unique");
        }
        this.metadataXml = buildMetadata();
    }

    private static KeyAndCertificate generateKey(String entityId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return SpKeys.selfSigned(generator.generateKeyPair(), "Demo IdP " + entityId, KEY_VALIDITY);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String entityId() {
        return entityId;
    }

    public String ssoUrl() {
        return ssoUrl;
    }

    public List<DemoUser> users() {
        return users;
    }

    public Optional<DemoUser> user(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** IdP metadata (EntityDescriptor with signing certificate and HTTP-Redirect SSO service). */
    public String metadataXml() {
        return metadataXml;
    }

    /**
     * A signed response for {@code userId}, posted to {@code acsUrl}.
     *
     * @param samlRequest the {@code SAMLRequest} query value (HTTP-Redirect encoded) for an SP-initiated login: its
     *                    ID becomes InResponseTo and its Issuer must be {@code spEntityId}; empty for an unsolicited
     *                    (IdP-initiated) response
     * @throws IllegalArgumentException for an unknown user or a request that does not fit
     */
    public PostForm respond(Optional<String> samlRequest, String userId, String acsUrl, String spEntityId,
            Optional<String> relayState) {
        DemoUser user = user(userId).orElseThrow(() -> new IllegalArgumentException("unknown demo user"));
        Optional<String> inResponseTo = samlRequest.map(r -> requestIdOf(r, acsUrl, spEntityId));
        ResponseSpec spec = ResponseSpec.standard(entityId, acsUrl, spEntityId, inResponseTo, user.nameId(), user.attributes(),
                clock.instant());
        Element response = SamlResponses.build(spec);
        XmlSigner.sign(firstAssertion(response), key);
        XmlSigner.sign(response, key);
        String encoded = Base64.getEncoder().encodeToString(
                SerializeSupport.nodeToString(response).getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SAMLResponse", encoded);
        relayState.filter(r -> !r.isEmpty()).ifPresent(r -> fields.put("RelayState", r));
        return new PostForm(acsUrl, fields);
    }

    private static Element firstAssertion(Element response) {
        for (org.w3c.dom.Node n = response.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Assertion".equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException("response without assertion");
    }

    private static String requestIdOf(String samlRequest, String acsUrl, String spEntityId) {
        String xml = RedirectBinding.decode(samlRequest);
        XMLObject parsed;
        try {
            parsed = OpenSaml.unmarshall(SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement());
        } catch (UnmarshallingException | RuntimeException e) {
            throw new IllegalArgumentException("SAMLRequest is not a readable AuthnRequest: " + e.getMessage(), e);
        }
        if (!(parsed instanceof AuthnRequest request)) {
            throw new IllegalArgumentException("SAMLRequest is not an AuthnRequest");
        }
        String issuer = request.getIssuer() == null ? null : request.getIssuer().getValue();
        if (!spEntityId.equals(issuer)) {
            throw new IllegalArgumentException("AuthnRequest from " + issuer + ", expected " + spEntityId);
        }
        if (request.getAssertionConsumerServiceURL() != null && !acsUrl.equals(request.getAssertionConsumerServiceURL())) {
            throw new IllegalArgumentException("AuthnRequest asks for ACS " + request.getAssertionConsumerServiceURL()
                    + ", expected " + acsUrl);
        }
        if (request.getID() == null || request.getID().isEmpty()) {
            throw new IllegalArgumentException("AuthnRequest without ID");
        }
        return request.getID();
    }

    private String buildMetadata() {
        EntityDescriptor entity = OpenSaml.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(entityId);
        IDPSSODescriptor idp = OpenSaml.build(IDPSSODescriptor.DEFAULT_ELEMENT_NAME);
        idp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        idp.setWantAuthnRequestsSigned(false);
        KeyDescriptor signing = OpenSaml.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
        signing.setUse(UsageType.SIGNING);
        KeyInfo keyInfo = OpenSaml.build(KeyInfo.DEFAULT_ELEMENT_NAME);
        try {
            KeyInfoSupport.addCertificate(keyInfo, key.certificate());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        signing.setKeyInfo(keyInfo);
        idp.getKeyDescriptors().add(signing);
        NameIDFormat format = OpenSaml.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
        format.setURI(ResponseSpec.PERSISTENT);
        idp.getNameIDFormats().add(format);
        SingleSignOnService sso = OpenSaml.build(SingleSignOnService.DEFAULT_ELEMENT_NAME);
        sso.setBinding(SAMLConstants.SAML2_REDIRECT_BINDING_URI);
        sso.setLocation(ssoUrl);
        idp.getSingleSignOnServices().add(sso);
        entity.getRoleDescriptors().add(idp);
        return SerializeSupport.prettyPrintXML(OpenSaml.marshall(entity));
    }
}
