package nl.schoolsupport.poortwachter.saml.testing;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.xml.security.transforms.Transforms;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.encryption.Encrypter;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.DataEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.EncryptionException;
import org.opensaml.xmlsec.encryption.support.KeyEncryptionParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import nl.schoolsupport.poortwachter.saml.KeyAndCertificate;
import nl.schoolsupport.poortwachter.saml.OpenSaml;
import nl.schoolsupport.poortwachter.saml.demo.ResponseSpec;
import nl.schoolsupport.poortwachter.saml.demo.SamlResponses;
import nl.schoolsupport.poortwachter.saml.demo.XmlSigner;

/**
 * Crafts SAML responses for tests, good and bad: signed (assertion and/or response) with any key, algorithm
 * and transforms, optionally encrypted for an SP certificate, with DOM hooks before and after signing for
 * wrapping attacks and tampering. Everything is real XML-DSig/XML-Enc; only the inputs are chosen.
 */
public final class ResponseForge {

    public static final List<String> STANDARD_TRANSFORMS = List.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
            Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);

    private final ResponseSpec spec;
    private KeyAndCertificate assertionKey;
    private KeyAndCertificate responseKey;
    private String signatureAlgorithm = XmlSigner.RSA_SHA256;
    private String digestAlgorithm = XmlSigner.SHA256;
    private List<String> transforms = STANDARD_TRANSFORMS;
    private boolean includeCertificate = true;
    private Optional<X509Certificate> encryptFor = Optional.empty();
    private final List<Consumer<Element>> beforeSigning = new ArrayList<>();
    private final List<Consumer<Element>> afterSigning = new ArrayList<>();

    private ResponseForge(ResponseSpec spec) {
        this.spec = spec;
    }

    /** A response with its assertion signed by {@code idpKey} (the SAML default). */
    public static ResponseForge signedAssertion(ResponseSpec spec, KeyAndCertificate idpKey) {
        ResponseForge forge = new ResponseForge(spec);
        forge.assertionKey = idpKey;
        return forge;
    }

    public static ResponseForge unsigned(ResponseSpec spec) {
        return new ResponseForge(spec);
    }

    public ResponseForge signAssertionWith(KeyAndCertificate key) { this.assertionKey = key; return this; }
    public ResponseForge signResponseWith(KeyAndCertificate key) { this.responseKey = key; return this; }
    public ResponseForge noAssertionSignature() { this.assertionKey = null; return this; }
    public ResponseForge signatureAlgorithm(String value) { this.signatureAlgorithm = value; return this; }
    public ResponseForge digestAlgorithm(String value) { this.digestAlgorithm = value; return this; }
    public ResponseForge transforms(List<String> value) { this.transforms = value; return this; }
    public ResponseForge withoutKeyInfo() { this.includeCertificate = false; return this; }
    public ResponseForge encryptFor(X509Certificate spCertificate) { this.encryptFor = Optional.of(spCertificate); return this; }
    /** Changes the unsigned Response DOM (root element given). */
    public ResponseForge beforeSigning(Consumer<Element> hook) { beforeSigning.add(hook); return this; }
    /** Changes the finished Response DOM (root element given): tampering, wrapping. */
    public ResponseForge afterSigning(Consumer<Element> hook) { afterSigning.add(hook); return this; }

    public Element dom() {
        Element response = SamlResponses.build(spec);
        beforeSigning.forEach(h -> h.accept(response));
        Element assertion = child(response, "Assertion");
        if (assertionKey != null && assertion != null) {
            XmlSigner.sign(assertion, assertionKey, signatureAlgorithm, digestAlgorithm, transforms, includeCertificate);
        }
        if (encryptFor.isPresent() && assertion != null) {
            Element encrypted = encrypt(assertion, encryptFor.get());
            Node imported = response.getOwnerDocument().importNode(encrypted, true);
            response.replaceChild(imported, assertion);
        }
        if (responseKey != null) {
            XmlSigner.sign(response, responseKey, signatureAlgorithm, digestAlgorithm, transforms, includeCertificate);
        }
        afterSigning.forEach(h -> h.accept(response));
        return response;
    }

    public String xml() {
        return SerializeSupport.nodeToString(dom());
    }

    /** The value of the SAMLResponse form field. */
    public String base64() {
        return base64(xml());
    }

    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Element encrypt(Element assertionElement, X509Certificate recipient) {
        try {
            Assertion assertion = (Assertion) OpenSaml.unmarshall(assertionElement);
            DataEncryptionParameters data = new DataEncryptionParameters();
            data.setAlgorithm(EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM);
            KeyEncryptionParameters kek = new KeyEncryptionParameters();
            kek.setAlgorithm(EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP);
            kek.setEncryptionCredential(new BasicX509Credential(recipient));
            X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
            keyInfo.setEmitEntityCertificate(true);
            kek.setKeyInfoGenerator(keyInfo.newInstance());
            Encrypter encrypter = new Encrypter(data, kek);
            encrypter.setKeyPlacement(Encrypter.KeyPlacement.INLINE);
            EncryptedAssertion encrypted = encrypter.encrypt(assertion);
            return OpenSaml.marshall(encrypted);
        } catch (UnmarshallingException | EncryptionException e) {
            throw new IllegalStateException("cannot encrypt the test assertion", e);
        }
    }
}
