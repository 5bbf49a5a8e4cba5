package nl.schoolsupport.poortwachter.saml.demo;

import java.util.List;
import java.util.Map;

import org.opensaml.core.xml.schema.XSString;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.w3c.dom.Element;

import nl.schoolsupport.poortwachter.saml.OpenSaml;

/**
 * IdP side: builds an unsigned SAML Response DOM from a {@link ResponseSpec} with OpenSAML (sign it with
 * {@link XmlSigner}). Attribute values are {@code xs:string} with NameFormat basic, like SimpleSAMLphp's.
 */
public final class SamlResponses {

    private static final String BASIC = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";
    private static final String PASSWORD_PROTECTED = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
    private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    private SamlResponses() {
    }

    /** The Response as a DOM element (root of its own document). */
    public static Element build(ResponseSpec spec) {
        return OpenSaml.marshall(response(spec));
    }

    public static Response response(ResponseSpec spec) {
        Response response = OpenSaml.build(Response.DEFAULT_ELEMENT_NAME);
        response.setID(spec.responseId());
        response.setVersion(SAMLVersion.VERSION_20);
        response.setIssueInstant(spec.issueInstant());
        spec.destination().ifPresent(response::setDestination);
        spec.inResponseTo().ifPresent(response::setInResponseTo);
        response.setIssuer(issuer(spec.issuer()));
        Status status = OpenSaml.build(Status.DEFAULT_ELEMENT_NAME);
        StatusCode code = OpenSaml.build(StatusCode.DEFAULT_ELEMENT_NAME);
        code.setValue(spec.statusCode());
        status.setStatusCode(code);
        response.setStatus(status);
        if (ResponseSpec.SUCCESS.equals(spec.statusCode())) {
            response.getAssertions().add(assertion(spec));
        }
        return response;
    }

    public static Assertion assertion(ResponseSpec spec) {
        Assertion assertion = OpenSaml.build(Assertion.DEFAULT_ELEMENT_NAME);
        assertion.setID(spec.assertionId());
        assertion.setVersion(SAMLVersion.VERSION_20);
        assertion.setIssueInstant(spec.issueInstant());
        assertion.setIssuer(issuer(spec.issuer()));

        Subject subject = OpenSaml.build(Subject.DEFAULT_ELEMENT_NAME);
        NameID nameId = OpenSaml.build(NameID.DEFAULT_ELEMENT_NAME);
        nameId.setValue(spec.nameId());
        nameId.setFormat(spec.nameIdFormat());
        nameId.setSPNameQualifier(spec.audience());
        subject.setNameID(nameId);
        SubjectConfirmation confirmation = OpenSaml.build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        confirmation.setMethod(BEARER);
        SubjectConfirmationData data = OpenSaml.build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        data.setNotOnOrAfter(spec.notOnOrAfter());
        data.setRecipient(spec.recipient());
        spec.subjectInResponseTo().ifPresent(data::setInResponseTo);
        confirmation.setSubjectConfirmationData(data);
        subject.getSubjectConfirmations().add(confirmation);
        assertion.setSubject(subject);

        Conditions conditions = OpenSaml.build(Conditions.DEFAULT_ELEMENT_NAME);
        conditions.setNotBefore(spec.notBefore());
        conditions.setNotOnOrAfter(spec.notOnOrAfter());
        AudienceRestriction restriction = OpenSaml.build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        Audience audience = OpenSaml.build(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(spec.audience());
        restriction.getAudiences().add(audience);
        conditions.getAudienceRestrictions().add(restriction);
        assertion.setConditions(conditions);

        AuthnStatement authn = OpenSaml.build(AuthnStatement.DEFAULT_ELEMENT_NAME);
        authn.setAuthnInstant(spec.authnInstant());
        authn.setSessionIndex(spec.sessionIndex());
        authn.setSessionNotOnOrAfter(spec.authnInstant().plusSeconds(8 * 3600));
        AuthnContext context = OpenSaml.build(AuthnContext.DEFAULT_ELEMENT_NAME);
        AuthnContextClassRef classRef = OpenSaml.build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        classRef.setURI(PASSWORD_PROTECTED);
        context.setAuthnContextClassRef(classRef);
        authn.setAuthnContext(context);
        assertion.getAuthnStatements().add(authn);

        if (!spec.attributes().isEmpty()) {
            AttributeStatement statement = OpenSaml.build(AttributeStatement.DEFAULT_ELEMENT_NAME);
            for (Map.Entry<String, List<String>> entry : spec.attributes().entrySet()) {
                Attribute attribute = OpenSaml.build(Attribute.DEFAULT_ELEMENT_NAME);
                attribute.setName(entry.getKey());
                attribute.setNameFormat(BASIC);
                for (String value : entry.getValue()) {
                    attribute.getAttributeValues().add(string(value));
                }
                statement.getAttributes().add(attribute);
            }
            assertion.getAttributeStatements().add(statement);
        }
        return assertion;
    }

    private static Issuer issuer(String value) {
        Issuer issuer = OpenSaml.build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(value);
        issuer.setFormat(NameIDType.ENTITY);
        return issuer;
    }

    private static XSString string(String value) {
        OpenSaml.init();
        XSString string = (XSString) XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilder(XSString.TYPE_NAME)
                .buildObject(AttributeValue.DEFAULT_ELEMENT_NAME, XSString.TYPE_NAME);
        string.setValue(value);
        return string;
    }
}
