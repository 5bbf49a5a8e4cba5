package nl.schoolsupport.poortwachter.saml;

import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.credential.Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.schoolsupport.poortwachter.saml.check.DigestAlgorithmNotAllowedException;
import nl.schoolsupport.poortwachter.saml.check.SignatureAlgorithmNotAllowedException;
import nl.schoolsupport.poortwachter.saml.check.SignatureInvalidException;
import nl.schoolsupport.poortwachter.saml.check.SignatureMissingException;
import nl.schoolsupport.poortwachter.saml.check.SignatureReferenceException;
import nl.schoolsupport.poortwachter.saml.check.TransformNotAllowedException;
import nl.schoolsupport.poortwachter.saml.check.UntrustedKeyException;

/**
 * Checks one enveloped XML signature the strict way, before and around the cryptography: the signature is a
 * direct child of the element it signs, it has exactly one reference and that reference is the element's
 * own ID (so the signed element is the element used: no wrapping), only enveloped-signature and exclusive
 * c14n are applied, algorithms are on the allow-list, and the key is one of the trusted keys handed in
 * (IdP metadata). KeyInfo in the message is never used to verify, only to say "foreign key" in the error.
 */
final class SignatureChecks {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    static final Set<String> SIGNATURE_ALGORITHMS = Set.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");
    static final Set<String> DIGEST_ALGORITHMS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    static final Set<String> TRANSFORMS = Set.of(ENVELOPED, EXC_C14N);

    private static final SAMLSignatureProfileValidator PROFILE = new SAMLSignatureProfileValidator();

    private SignatureChecks() {
    }

    /** Whether the element carries an enveloped signature as a direct child. */
    static boolean isSigned(SignableSAMLObject object) {
        return object.getSignature() != null || firstSignatureChild(object.getDOM()) != null;
    }

    /**
     * Verifies the signature of {@code object} with one of {@code trusted}.
     *
     * @param what for messages, e.g. "Assertion"
     */
    static void verify(SignableSAMLObject object, List<Credential> trusted, String what) {
        Element element = object.getDOM();
        Signature signature = object.getSignature();
        if (signature == null || signature.getDOM() == null) {
            throw new SignatureMissingException(what + ": expected an enveloped ds:Signature, got none");
        }
        Element sig = signature.getDOM();
        if (sig.getParentNode() != element || countSignatureChildren(element) != 1) {
            throw new SignatureReferenceException(what + ": expected exactly one ds:Signature as a direct child");
        }
        Element signedInfo = onlyChild(sig, "SignedInfo", what);
        String c14n = algorithmOf(onlyChild(signedInfo, "CanonicalizationMethod", what));
        if (!EXC_C14N.equals(c14n)) {
            throw new TransformNotAllowedException(what + ": expected canonicalization " + EXC_C14N + ", got " + c14n);
        }
        String method = algorithmOf(onlyChild(signedInfo, "SignatureMethod", what));
        if (!SIGNATURE_ALGORITHMS.contains(method)) {
            throw new SignatureAlgorithmNotAllowedException(what + ": expected one of " + SIGNATURE_ALGORITHMS + ", got " + method);
        }
        List<Element> references = children(signedInfo, "Reference");
        if (references.size() != 1) {
            throw new SignatureReferenceException(what + ": expected exactly one signature reference, got " + references.size());
        }
        Element reference = references.get(0);
        String id = element.getAttributeNS(null, "ID");
        String uri = reference.hasAttributeNS(null, "URI") ? reference.getAttributeNS(null, "URI") : null;
        boolean wholeDocument = "".equals(uri) && id.isEmpty() && element.getOwnerDocument().getDocumentElement() == element;
        if (!wholeDocument && (id.isEmpty() || !("#" + id).equals(uri))) {
            throw new SignatureReferenceException(what + ": expected the signature to reference its own element #" + id
                    + ", got reference " + uri);
        }
        for (Element transforms : children(reference, "Transforms")) {
            for (Element transform : children(transforms, "Transform")) {
                String algorithm = algorithmOf(transform);
                if (!TRANSFORMS.contains(algorithm)) {
                    throw new TransformNotAllowedException(what + ": expected only transforms " + TRANSFORMS + ", got " + algorithm);
                }
            }
        }
        String digest = algorithmOf(onlyChild(reference, "DigestMethod", what));
        if (!DIGEST_ALGORITHMS.contains(digest)) {
            throw new DigestAlgorithmNotAllowedException(what + ": expected one of " + DIGEST_ALGORITHMS + ", got " + digest);
        }
        if (!children(sig, "Object").isEmpty()) {
            throw new SignatureReferenceException(what + ": expected no ds:Object inside the signature, got one");
        }
        if (!id.isEmpty()) {
            element.setIdAttributeNS(null, "ID", true);
        }
        try {
            PROFILE.validate(signature);
        } catch (SignatureException e) {
            throw new SignatureReferenceException(what + ": signature does not follow the SAML signature profile: " + e.getMessage());
        }
        for (Credential credential : trusted) {
            try {
                SignatureValidator.validate(signature, credential);
                return;
            } catch (SignatureException e) {
                // try the next trusted key (IdPs publish several during a key rollover)
            }
        }
        if (namesForeignKey(signature, trusted)) {
            throw new UntrustedKeyException(what + ": expected a signature by one of the " + trusted.size()
                    + " IdP signing key(s) from metadata, got one whose KeyInfo names another certificate");
        }
        throw new SignatureInvalidException(what + ": signature value does not verify with any of the " + trusted.size()
                + " IdP signing key(s) from metadata (content changed after signing, or signed by another key)");
    }

    private static boolean namesForeignKey(Signature signature, List<Credential> trusted) {
        if (signature.getKeyInfo() == null) {
            return false;
        }
        try {
            List<X509Certificate> named = KeyInfoSupport.getCertificates(signature.getKeyInfo());
            return !named.isEmpty() && named.stream().map(X509Certificate::getPublicKey).noneMatch(key -> isTrusted(key, trusted));
        } catch (CertificateException e) {
            return true; // an unreadable certificate is not one of ours either
        }
    }

    private static boolean isTrusted(PublicKey key, List<Credential> trusted) {
        return trusted.stream().anyMatch(c -> key.equals(c.getPublicKey()));
    }

    static Element firstSignatureChild(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static int countSignatureChildren(Element element) {
        return children(element, "Signature").size();
    }

    private static List<Element> children(Element parent, String dsigLocalName) {
        List<Element> found = new java.util.ArrayList<>(2);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && dsigLocalName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element onlyChild(Element parent, String dsigLocalName, String what) {
        List<Element> found = children(parent, dsigLocalName);
        if (found.size() != 1) {
            throw new SignatureReferenceException(what + ": expected one ds:" + dsigLocalName + ", got " + found.size());
        }
        return found.get(0);
    }

    private static String algorithmOf(Element element) {
        return element.getAttributeNS(null, "Algorithm");
    }
}
