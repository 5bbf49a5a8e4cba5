package nl.schoolsupport.poortwachter.saml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;

import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.EncryptedAttribute;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.encryption.Decrypter;
import org.opensaml.saml.saml2.encryption.EncryptedElementTypeEncryptedKeyResolver;
import org.opensaml.security.credential.Credential;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.ChainingEncryptedKeyResolver;
import org.opensaml.xmlsec.encryption.support.DecryptionException;
import org.opensaml.xmlsec.encryption.support.InlineEncryptedKeyResolver;
import org.opensaml.xmlsec.encryption.support.SimpleRetrievalMethodEncryptedKeyResolver;
import org.opensaml.xmlsec.keyinfo.impl.StaticKeyInfoCredentialResolver;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.saml.check.AssertionCountException;
import nl.schoolsupport.poortwachter.saml.check.AudienceMismatchException;
import nl.schoolsupport.poortwachter.saml.check.CommentNotAllowedException;
import nl.schoolsupport.poortwachter.saml.check.DecryptionFailedException;
import nl.schoolsupport.poortwachter.saml.check.DestinationMismatchException;
import nl.schoolsupport.poortwachter.saml.check.DuplicateIdException;
import nl.schoolsupport.poortwachter.saml.check.ExpiredException;
import nl.schoolsupport.poortwachter.saml.check.InResponseToMismatchException;
import nl.schoolsupport.poortwachter.saml.check.IssuerMismatchException;
import nl.schoolsupport.poortwachter.saml.check.MalformedMessageException;
import nl.schoolsupport.poortwachter.saml.check.NotYetValidException;
import nl.schoolsupport.poortwachter.saml.check.RecipientMismatchException;
import nl.schoolsupport.poortwachter.saml.check.ReplayException;
import nl.schoolsupport.poortwachter.saml.check.SamlCheckException;
import nl.schoolsupport.poortwachter.saml.check.SchemaViolationException;
import nl.schoolsupport.poortwachter.saml.check.SignatureMissingException;
import nl.schoolsupport.poortwachter.saml.check.StatusNotSuccessException;
import nl.schoolsupport.poortwachter.saml.check.SubjectInvalidException;
import nl.schoolsupport.poortwachter.saml.check.UnexpectedMessageException;
import nl.schoolsupport.poortwachter.saml.check.UnsolicitedResponseException;
import nl.schoolsupport.poortwachter.saml.xml.SecureXml;

/**
 * Validates one HTTP-POST SAMLResponse completely, in a fixed order, each failed check with its own
 * exception and code. Parsing happens once (schema validation in the same pass); schemas, algorithm lists,
 * trust material and the decrypter set-up are built once and reused.
 *
 * <p>Order: decode → parse + schema → root/version → structure (comments, unique IDs, exactly one assertion)
 * → status → Response Issuer → Destination → Response signature → decrypt → Assertion signature → Assertion
 * Issuer → solicited or allowed unsolicited → time window → Audience → Subject and bearer confirmation
 * (Recipient, NotOnOrAfter, InResponseTo) → AuthnStatement → replay → pending request of this browser.
 */
final class ResponseValidator {

    static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    private static final int MAX_BASE64_CHARS = SecureXml.MAX_MESSAGE_BYTES / 3 * 4 + 4096;
    static final String REPLAY_NAMESPACE = "saml-assertion";

    private final SamlRealmConfig config;
    private final SpCredentials sp;
    private final PendingRequests pending;
    private final ReplayCache replay;
    private final Clock clock;
    private final List<Credential> decryptionCredentials;

    ResponseValidator(SamlRealmConfig config, SpCredentials sp, PendingRequests pending, ReplayCache replay, Clock clock) {
        this.config = Objects.requireNonNull(config);
        this.sp = Objects.requireNonNull(sp);
        this.pending = Objects.requireNonNull(pending);
        this.replay = Objects.requireNonNull(replay);
        this.clock = Objects.requireNonNull(clock);
        this.decryptionCredentials = sp.decryptionKeys().stream()
                .<Credential>map(k -> new BasicX509Credential(k.certificate(), k.privateKey())).toList();
        OpenSaml.init();
    }

    SamlAssertion validate(Optional<String> samlResponse, Optional<String> browserBinding, IdpDescriptor idp) {
        byte[] xml = decode(samlResponse);
        Document document = SecureXml.parseValidated(xml);
        Element root = document.getDocumentElement();
        if (!PROTOCOL_NS.equals(root.getNamespaceURI()) || !"Response".equals(root.getLocalName())) {
            throw new UnexpectedMessageException("expected a samlp:Response, got {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        checkStructure(root, true);
        Response response = (Response) unmarshall(root);
        if (response.getVersion() == null || !SAMLVersion.VERSION_20.toString().equals(response.getVersion().toString())) {
            throw new UnexpectedMessageException("expected SAML Version 2.0, got " + response.getVersion());
        }
        Instant now = clock.instant();
        checkStatus(response);
        if (response.getAssertions().size() + response.getEncryptedAssertions().size() != 1) {
            throw new AssertionCountException("expected exactly one Assertion directly in the Response, got "
                    + (response.getAssertions().size() + response.getEncryptedAssertions().size()));
        }
        if (response.getIssuer() != null) {
            checkIssuer(response.getIssuer(), idp, "Response");
        }
        if (!config.acsUrl().equals(response.getDestination())) {
            throw new DestinationMismatchException("expected Destination " + config.acsUrl() + ", got " + response.getDestination());
        }
        boolean responseSigned = SignatureChecks.isSigned(response);
        if (responseSigned) {
            SignatureChecks.verify(response, idp.signingCredentials(), "Response");
        } else if (config.requiredSignature() == SignatureRequirement.RESPONSE || config.requiredSignature() == SignatureRequirement.BOTH) {
            throw new SignatureMissingException("Response: expected a signed Response (" + config.requiredSignature()
                    + " required), got an unsigned one");
        }
        Assertion assertion = response.getAssertions().isEmpty() ? decrypt(response.getEncryptedAssertions().get(0))
                : response.getAssertions().get(0);
        boolean assertionSigned = SignatureChecks.isSigned(assertion);
        if (assertionSigned) {
            SignatureChecks.verify(assertion, idp.signingCredentials(), "Assertion");
        } else if (config.requiredSignature() != SignatureRequirement.RESPONSE
                && !(config.requiredSignature() == SignatureRequirement.EITHER && responseSigned)) {
            throw new SignatureMissingException("Assertion: expected a signed Assertion (" + config.requiredSignature()
                    + " required), got an unsigned one");
        }
        checkIssuer(assertion.getIssuer(), idp, "Assertion");

        Optional<String> inResponseTo = Optional.ofNullable(response.getInResponseTo()).filter(s -> !s.isEmpty());
        if (inResponseTo.isEmpty() && !config.allowUnsolicited()) {
            throw new UnsolicitedResponseException("realm " + config.realmId()
                    + " expected a response to one of its AuthnRequests (InResponseTo), got an unsolicited one");
        }
        Duration skew = config.clockSkew();
        Duration maxAge = inResponseTo.isEmpty() ? config.unsolicitedMaxAge() : config.responseMaxAge();
        checkIssueInstant(response.getIssueInstant(), "Response IssueInstant", now, skew, maxAge);
        checkIssueInstant(assertion.getIssueInstant(), "Assertion IssueInstant", now, skew, maxAge);
        Conditions conditions = assertion.getConditions();
        Instant expiry = null;
        if (conditions != null) {
            notBefore(conditions.getNotBefore(), "Conditions NotBefore", now, skew);
            notOnOrAfter(conditions.getNotOnOrAfter(), "Conditions NotOnOrAfter", now, skew);
            expiry = conditions.getNotOnOrAfter();
        }
        checkAudience(conditions);
        Subject subject = assertion.getSubject();
        String nameId = nameIdOf(subject);
        Instant confirmedUntil = checkBearer(subject, inResponseTo, now, skew);
        expiry = expiry == null || confirmedUntil.isAfter(expiry) ? confirmedUntil : expiry;
        if (assertion.getAuthnStatements().isEmpty()) {
            throw new SubjectInvalidException("expected an AuthnStatement in the Assertion, got none");
        }
        AuthnStatement authn = assertion.getAuthnStatements().get(0);
        // replay before the pending request: a replayed answer is reported as the replay it is
        if (!replay.firstUse(REPLAY_NAMESPACE, replayKey(idp.entityId(), assertion.getID()), expiry.plus(skew))) {
            throw new ReplayException("expected a new assertion, got assertion " + assertion.getID() + " of " + idp.entityId()
                    + " a second time");
        }
        if (inResponseTo.isPresent()) {
            pending.consume(inResponseTo.get(), browserBinding);
        }
        NameID nameIdElement = subject.getNameID();
        return new SamlAssertion(idp.entityId(), nameId, Optional.ofNullable(nameIdElement.getFormat()), attributes(assertion),
                Optional.ofNullable(authn.getAuthnInstant()), Optional.ofNullable(authn.getSessionIndex()), inResponseTo,
                assertion.getID());
    }

    private static byte[] decode(Optional<String> samlResponse) {
        String value = samlResponse.orElseThrow(() -> new MalformedMessageException(
                "expected exactly one SAMLResponse parameter, got none or several"));
        if (value.length() > MAX_BASE64_CHARS) {
            throw new MalformedMessageException("expected at most " + MAX_BASE64_CHARS + " characters of SAMLResponse, got " + value.length());
        }
        // strict base64 (the MIME decoder would silently skip garbage); only line breaks and blanks are tolerated
        String compact = value;
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf(' ') >= 0 || value.indexOf('\t') >= 0) {
            StringBuilder sb = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
                    sb.append(c);
                }
            }
            compact = sb.toString();
        }
        try {
            byte[] xml = Base64.getDecoder().decode(compact);
            if (xml.length == 0) {
                throw new MalformedMessageException("expected a base64-encoded SAMLResponse, got an empty one");
            }
            return xml;
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("expected a base64-encoded SAMLResponse, got invalid base64: " + e.getMessage());
        }
    }

    /**
     * One walk over the tree: no comments or processing instructions anywhere, every ID-like attribute value
     * unique, and (for a whole response) exactly one Assertion or EncryptedAssertion in the document, directly
     * under the root. Wrapping attacks need a second copy of a signed element; this leaves them no place.
     */
    static void checkStructure(Element root, boolean isResponse) {
        Set<String> ids = new HashSet<>();
        int assertions = 0;
        Node node = root;
        while (node != null) {
            switch (node.getNodeType()) {
                case Node.COMMENT_NODE -> throw new CommentNotAllowedException(
                        "expected no XML comments in a SAML message, got one inside " + node.getParentNode().getLocalName());
                case Node.PROCESSING_INSTRUCTION_NODE -> throw new CommentNotAllowedException(
                        "expected no processing instructions in a SAML message, got one");
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) node;
                    if (ASSERTION_NS.equals(e.getNamespaceURI())
                            && ("Assertion".equals(e.getLocalName()) || "EncryptedAssertion".equals(e.getLocalName()))) {
                        assertions++;
                        if (isResponse && e.getParentNode() != root) {
                            throw new AssertionCountException("expected the Assertion directly under the Response, got one inside "
                                    + ((Element) e.getParentNode()).getLocalName());
                        }
                    }
                    NamedNodeMap attributes = e.getAttributes();
                    for (int i = 0; i < attributes.getLength(); i++) {
                        Attr a = (Attr) attributes.item(i);
                        String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
                        boolean idLike = (a.getNamespaceURI() == null && ("ID".equals(local) || "Id".equals(local) || "id".equals(local)))
                                || (XMLConstants.XML_NS_URI.equals(a.getNamespaceURI()) && "id".equals(local)) || a.isId();
                        if (idLike && !ids.add(a.getValue())) {
                            throw new DuplicateIdException("expected unique ID values, got " + a.getValue() + " twice");
                        }
                    }
                }
                default -> {
                    // text, CDATA: content
                }
            }
            node = next(node, root);
        }
        // a Response without assertion is judged by its status first; a decrypted assertion is exactly itself
        if (isResponse ? assertions > 1 : assertions != 1) {
            throw new AssertionCountException("expected exactly one Assertion in the message, got " + assertions);
        }
    }

    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        while (node != null && node != root) {
            if (node.getNextSibling() != null) {
                return node.getNextSibling();
            }
            node = node.getParentNode();
        }
        return null;
    }

    private static XMLObject unmarshall(Element element) {
        try {
            return OpenSaml.unmarshall(element);
        } catch (UnmarshallingException e) {
            throw new SchemaViolationException("schema-valid but unreadable SAML: " + e.getMessage(), e);
        }
    }

    private static void checkStatus(Response response) {
        StatusCode code = response.getStatus() == null ? null : response.getStatus().getStatusCode();
        String value = code == null ? null : code.getValue();
        if (!StatusCode.SUCCESS.equals(value)) {
            String second = code == null || code.getStatusCode() == null ? "" : " / " + code.getStatusCode().getValue();
            throw new StatusNotSuccessException("expected status " + StatusCode.SUCCESS + ", got " + value + second);
        }
    }

    private static void checkIssuer(Issuer issuer, IdpDescriptor idp, String where) {
        String value = issuer == null ? null : issuer.getValue();
        if (issuer != null && issuer.getFormat() != null && !NameIDType.ENTITY.equals(issuer.getFormat())) {
            throw new IssuerMismatchException(where + " Issuer: expected Format " + NameIDType.ENTITY + ", got " + issuer.getFormat());
        }
        if (!idp.entityId().equals(value)) {
            throw new IssuerMismatchException(where + " Issuer: expected " + idp.entityId() + ", got " + value);
        }
    }

    /** Key transport RSA-OAEP only (RSA 1.5 is refused: Bleichenbacher); AES-CBC or AES-GCM content. */
    static final List<String> DECRYPTION_ALGORITHMS = List.of(
            "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
            "http://www.w3.org/2009/xmlenc11#rsa-oaep",
            "http://www.w3.org/2009/xmlenc11#mgf1sha1",
            "http://www.w3.org/2009/xmlenc11#mgf1sha256",
            "http://www.w3.org/2000/09/xmldsig#sha1", // only as the OAEP digest, never for signatures
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
            "http://www.w3.org/2001/04/xmlenc#aes192-cbc",
            "http://www.w3.org/2001/04/xmlenc#aes256-cbc",
            "http://www.w3.org/2009/xmlenc11#aes128-gcm",
            "http://www.w3.org/2009/xmlenc11#aes192-gcm",
            "http://www.w3.org/2009/xmlenc11#aes256-gcm");

    private Decrypter decrypter() {
        Decrypter decrypter = new Decrypter(null, new StaticKeyInfoCredentialResolver(decryptionCredentials),
                new ChainingEncryptedKeyResolver(List.of(new InlineEncryptedKeyResolver(),
                        new EncryptedElementTypeEncryptedKeyResolver(), new SimpleRetrievalMethodEncryptedKeyResolver())),
                DECRYPTION_ALGORITHMS, List.of());
        decrypter.setRootInNewDocument(true);
        return decrypter;
    }

    private Assertion decrypt(EncryptedAssertion encrypted) {
        Decrypter decrypter = decrypter();
        Assertion assertion;
        try {
            assertion = decrypter.decrypt(encrypted);
        } catch (DecryptionException | RuntimeException e) {
            throw new DecryptionFailedException("expected an EncryptedAssertion for one of our "
                    + decryptionCredentials.size() + " SP key(s) with allowed algorithms, could not decrypt: " + e.getMessage(), e);
        }
        Element element = assertion.getDOM();
        try {
            Validator validator = SecureXml.samlSchema().newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.validate(new DOMSource(element));
        } catch (SAXException | java.io.IOException e) {
            throw new SchemaViolationException("decrypted Assertion is not schema-valid: "
                    + nl.schoolsupport.poortwachter.saml.xml.SecureXml.loggableSchemaMessage(e.getMessage()));
        }
        checkStructure(element, false);
        return assertion;
    }

    private static void checkIssueInstant(Instant instant, String what, Instant now, Duration skew, Duration maxAge) {
        if (instant == null) {
            throw new SchemaViolationException(what + ": expected a value, got none");
        }
        notBefore(instant, what, now, skew);
        Instant oldest = now.minus(maxAge).minus(skew);
        if (instant.isBefore(oldest)) {
            throw new ExpiredException(what + ": expected no earlier than " + oldest + " (max age " + maxAge + " + skew "
                    + skew + "), got " + instant);
        }
    }

    private static void notBefore(Instant notBefore, String what, Instant now, Duration skew) {
        if (notBefore != null && notBefore.isAfter(now.plus(skew))) {
            throw new NotYetValidException(what + ": expected at or before " + now.plus(skew) + " (now + skew " + skew
                    + "), got " + notBefore);
        }
    }

    private static void notOnOrAfter(Instant notOnOrAfter, String what, Instant now, Duration skew) {
        if (notOnOrAfter != null && !now.minus(skew).isBefore(notOnOrAfter)) {
            throw new ExpiredException(what + ": expected after " + now.minus(skew) + " (now - skew " + skew + "), got "
                    + notOnOrAfter);
        }
    }

    private void checkAudience(Conditions conditions) {
        List<AudienceRestriction> restrictions = conditions == null ? List.of() : conditions.getAudienceRestrictions();
        if (restrictions.isEmpty()) {
            throw new AudienceMismatchException("expected an AudienceRestriction naming " + config.spEntityId() + ", got none");
        }
        for (AudienceRestriction restriction : restrictions) {
            List<String> audiences = restriction.getAudiences().stream().map(Audience::getURI).toList();
            if (!audiences.contains(config.spEntityId())) {
                throw new AudienceMismatchException("expected Audience " + config.spEntityId() + ", got " + audiences);
            }
        }
    }

    private static String nameIdOf(Subject subject) {
        if (subject == null) {
            throw new SubjectInvalidException("expected a Subject in the Assertion, got none");
        }
        NameID nameId = subject.getNameID();
        if (nameId == null) {
            throw new SubjectInvalidException("expected a plain NameID in the Subject, got "
                    + (subject.getEncryptedID() != null ? "an EncryptedID" : subject.getBaseID() != null ? "a BaseID" : "none"));
        }
        String value = nameId.getDOM() == null ? nameId.getValue() : nameId.getDOM().getTextContent();
        if (value == null || value.isBlank()) {
            throw new SubjectInvalidException("expected a non-empty NameID, got an empty one");
        }
        return value;
    }

    /** The latest NotOnOrAfter of a bearer confirmation that passes every check; else the first failure. */
    private Instant checkBearer(Subject subject, Optional<String> inResponseTo, Instant now, Duration skew) {
        SamlCheckException firstFailure = null;
        for (SubjectConfirmation confirmation : subject.getSubjectConfirmations()) {
            if (!BEARER.equals(confirmation.getMethod())) {
                continue;
            }
            SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
            try {
                if (data == null || data.getNotOnOrAfter() == null) {
                    throw new SubjectInvalidException("bearer SubjectConfirmation: expected SubjectConfirmationData with NotOnOrAfter, got none");
                }
                if (!config.acsUrl().equals(data.getRecipient())) {
                    throw new RecipientMismatchException("bearer SubjectConfirmationData: expected Recipient " + config.acsUrl()
                            + ", got " + data.getRecipient());
                }
                notBefore(data.getNotBefore(), "SubjectConfirmationData NotBefore", now, skew);
                notOnOrAfter(data.getNotOnOrAfter(), "SubjectConfirmationData NotOnOrAfter", now, skew);
                // Must equal the Response's value, also when absent: the Response may be unsigned, so only the signed
                // SubjectConfirmationData can prove that the IdP answered our request (SAML profiles §4.1.4.2); an
                // IdP-initiated assertion re-wrapped in a Response claiming InResponseTo must not pass as solicited.
                String dataInResponseTo = data.getInResponseTo();
                if (!java.util.Objects.equals(dataInResponseTo, inResponseTo.orElse(null))) {
                    throw new InResponseToMismatchException("bearer SubjectConfirmationData: expected InResponseTo "
                            + inResponseTo.orElse("(none: unsolicited)") + " as in the Response, got " + dataInResponseTo);
                }
                return data.getNotOnOrAfter();
            } catch (SamlCheckException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        throw new SubjectInvalidException("expected a bearer SubjectConfirmation, got none");
    }

    private List<SamlAttribute> attributes(Assertion assertion) {
        List<SamlAttribute> result = new ArrayList<>();
        for (AttributeStatement statement : assertion.getAttributeStatements()) {
            for (Attribute attribute : statement.getAttributes()) {
                result.add(toAttribute(attribute));
            }
            for (EncryptedAttribute encrypted : statement.getEncryptedAttributes()) {
                try {
                    result.add(toAttribute(decrypter().decrypt(encrypted)));
                } catch (DecryptionException e) {
                    throw new DecryptionFailedException("expected an EncryptedAttribute for our SP key, could not decrypt: "
                            + e.getMessage(), e);
                }
            }
        }
        return result;
    }

    private static SamlAttribute toAttribute(Attribute attribute) {
        List<String> values = new ArrayList<>(attribute.getAttributeValues().size());
        for (XMLObject value : attribute.getAttributeValues()) {
            Element dom = value.getDOM();
            if (dom != null) {
                values.add(dom.getTextContent());
            } else if (value instanceof org.opensaml.core.xml.schema.XSString s) {
                values.add(s.getValue());
            }
        }
        return new SamlAttribute(attribute.getName(), Optional.ofNullable(attribute.getFriendlyName()), values);
    }

    /** Assertion ids are only unique per IdP; the key is a hash so any length fits the replay table. */
    static String replayKey(String issuer, String assertionId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(issuer.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(assertionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
