package nl.schoolsupport.poortwachter.saml;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.AssertionConsumerService;
import org.opensaml.saml.saml2.metadata.EntityDescriptor;
import org.opensaml.saml.saml2.metadata.KeyDescriptor;
import org.opensaml.saml.saml2.metadata.NameIDFormat;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.opensaml.security.credential.UsageType;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.KeyInfo;

import net.shibboleth.utilities.java.support.xml.SerializeSupport;

/** Our SP metadata: entity id, ACS (HTTP-POST), signing and encryption certificates (current and next). */
final class SpMetadata {

    private SpMetadata() {
    }

    static String xml(SamlRealmConfig config, SpCredentials credentials) {
        EntityDescriptor entity = OpenSaml.build(EntityDescriptor.DEFAULT_ELEMENT_NAME);
        entity.setEntityID(config.spEntityId());
        SPSSODescriptor sp = OpenSaml.build(SPSSODescriptor.DEFAULT_ELEMENT_NAME);
        sp.addSupportedProtocol(SAMLConstants.SAML20P_NS);
        sp.setAuthnRequestsSigned(config.signAuthnRequests());
        sp.setWantAssertionsSigned(config.requiredSignature() != SignatureRequirement.RESPONSE);
        sp.getKeyDescriptors().add(key(UsageType.SIGNING, credentials.signing().certificate()));
        credentials.next().ifPresent(n -> sp.getKeyDescriptors().add(key(UsageType.SIGNING, n.certificate())));
        sp.getKeyDescriptors().add(key(UsageType.ENCRYPTION, credentials.encryption().certificate()));
        credentials.next().ifPresent(n -> sp.getKeyDescriptors().add(key(UsageType.ENCRYPTION, n.certificate())));
        config.nameIdFormat().ifPresent(format -> {
            NameIDFormat nameIdFormat = OpenSaml.build(NameIDFormat.DEFAULT_ELEMENT_NAME);
            nameIdFormat.setURI(format);
            sp.getNameIDFormats().add(nameIdFormat);
        });
        AssertionConsumerService acs = OpenSaml.build(AssertionConsumerService.DEFAULT_ELEMENT_NAME);
        acs.setBinding(SAMLConstants.SAML2_POST_BINDING_URI);
        acs.setLocation(config.acsUrl());
        acs.setIndex(0);
        acs.setIsDefault(true);
        sp.getAssertionConsumerServices().add(acs);
        entity.getRoleDescriptors().add(sp);
        return SerializeSupport.prettyPrintXML(OpenSaml.marshall(entity));
    }

    static KeyDescriptor key(UsageType use, X509Certificate certificate) {
        KeyDescriptor descriptor = OpenSaml.build(KeyDescriptor.DEFAULT_ELEMENT_NAME);
        descriptor.setUse(use);
        KeyInfo keyInfo = OpenSaml.build(KeyInfo.DEFAULT_ELEMENT_NAME);
        try {
            KeyInfoSupport.addCertificate(keyInfo, certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
        descriptor.setKeyInfo(keyInfo);
        return descriptor;
    }
}
