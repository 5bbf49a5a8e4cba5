package nl.schoolsupport.poortwachter.saml.demo;

import java.util.List;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.schoolsupport.poortwachter.saml.KeyAndCertificate;
import nl.schoolsupport.poortwachter.saml.OpenSaml;

/**
 * IdP side: signs a SAML element (Response, Assertion, metadata) with an enveloped XML signature, placed where
 * the schema wants it (right after Issuer, or first for metadata), referencing the element's ID, with
 * exclusive c14n. Algorithms are parameters so tests can also produce signatures we must refuse.
 */
public final class XmlSigner {

    public static final String RSA_SHA256 = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private XmlSigner() {
    }

    /** RSA-SHA256 / SHA-256 with the certificate in KeyInfo. */
    public static void sign(Element element, KeyAndCertificate key) {
        sign(element, key, RSA_SHA256, SHA256, List.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
                Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS), true);
    }

    /**
     * Signs {@code element} (its {@code ID} attribute is the reference) with the given algorithms and transforms.
     *
     * @param includeCertificate put the certificate into KeyInfo (verifiers must ignore it)
     */
    public static void sign(Element element, KeyAndCertificate key, String signatureAlgorithm, String digestAlgorithm,
            List<String> transforms, boolean includeCertificate) {
        OpenSaml.init();
        try {
            String id = element.getAttributeNS(null, "ID");
            element.setIdAttributeNS(null, "ID", true);
            XMLSignature signature = new XMLSignature(element.getOwnerDocument(), "", signatureAlgorithm,
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            Node after = issuerOf(element);
            element.insertBefore(signature.getElement(), after == null ? element.getFirstChild() : after.getNextSibling());
            Transforms t = new Transforms(element.getOwnerDocument());
            for (String transform : transforms) {
                t.addTransform(transform);
            }
            signature.addDocument("#" + id, t, digestAlgorithm);
            if (includeCertificate) {
                signature.addKeyInfo(key.certificate());
            }
            signature.sign(key.privateKey());
            // Santuario wraps base64 with CRLF; a parser turns CRLF into LF, which would break an outer signature
            // (Response over Assertion) that digests this one. SignatureValue and KeyInfo are not covered by their
            // own signature, so dropping the CRs is safe.
            dropCarriageReturns(signature.getElement());
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("cannot sign " + element.getLocalName(), e);
        }
    }

    private static void dropCarriageReturns(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().indexOf('\r') >= 0) {
                String local = n.getParentNode().getLocalName();
                if ("SignatureValue".equals(local) || "X509Certificate".equals(local)) {
                    n.setNodeValue(n.getNodeValue().replace("\r", ""));
                }
            } else if (n.getNodeType() == Node.ELEMENT_NODE && !"SignedInfo".equals(n.getLocalName())) {
                dropCarriageReturns(n);
            }
        }
    }

    private static Node issuerOf(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "Issuer".equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
