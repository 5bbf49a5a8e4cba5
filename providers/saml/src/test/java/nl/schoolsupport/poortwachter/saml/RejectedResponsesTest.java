package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.xml.security.transforms.Transforms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.schoolsupport.poortwachter.realm.CompletedLogin;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.StartLogin;
import nl.schoolsupport.poortwachter.saml.check.SamlCheckException;
import nl.schoolsupport.poortwachter.saml.demo.ResponseSpec;
import nl.schoolsupport.poortwachter.saml.testing.ResponseForge;
import nl.schoolsupport.poortwachter.saml.testing.SamlTestBed;
import nl.schoolsupport.poortwachter.saml.testing.TestKeyPairs;

/**
 * Every check, attacked: each crafted response (real signatures, keys made now) must be refused with its own
 * error code, and no identity may come out.
 */
class RejectedResponsesTest {

    private static final String BROWSER = "browser-session-1";
    private static SamlTestBed bed;
    private static SamlRealmConfig config;
    private static SamlLoginRealm realm;

    private String requestId;

    @BeforeAll
    static void setUp() {
        bed = new SamlTestBed();
        config = bed.config("entree").build();
        realm = bed.realm(config);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    @BeforeEach
    void startLogin() {
        requestId = SamlTestBed.requestId(realm.start(new StartLogin(Optional.empty(), Optional.of(BROWSER), false)));
    }

    private ResponseSpec spec() {
        return bed.spec(config, Optional.of(requestId));
    }

    private ResponseForge good() {
        return ResponseForge.signedAssertion(spec(), bed.idpKey);
    }

    private static void refused(SamlLoginRealm target, String samlResponse, String code) {
        refused(target, SamlTestBed.callback(target.id(), samlResponse, Optional.empty(), Optional.of(BROWSER)), code);
    }

    private static void refused(SamlLoginRealm target, ProtocolCallback callback, String code) {
        CompletedLogin[] result = new CompletedLogin[1];
        assertThatThrownBy(() -> result[0] = target.complete(callback))
                .isInstanceOf(SamlCheckException.class)
                .satisfies(e -> assertThat(((SamlCheckException) e).errorCode().code()).as(e.getMessage()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("docent1").doesNotContain("Anna"));
        assertThat(result[0]).isNull();
    }

    private static void refused(String samlResponse, String code) {
        refused(realm, samlResponse, code);
    }

    private static String b64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Element assertion(Element response) {
        return ResponseForge.child(response, "Assertion");
    }

    private static Element child(Element parent, String name) {
        return ResponseForge.child(parent, name);
    }

    @Test
    void theUntamperedResponseOfThisSetUpPasses() {
        assertThat(realm.complete(SamlTestBed.callback("entree", good().base64(), Optional.empty(), Optional.of(BROWSER)))
                .identity().subject()).isEqualTo("docent1");
    }

    @Nested
    class Encoding {
        @Test
        void missingParameter() {
            refused(realm, new ProtocolCallback("entree", java.util.Map.of(), Optional.of(BROWSER), null), "PW-SAML-001");
        }

        @Test
        void malformedBase64() {
            refused("PHNhbWxwOlJlc3BvbnNl$$$not-base64***", "PW-SAML-001");
        }

        @Test
        void malformedXml() {
            refused(b64("this is <not> XML"), "PW-SAML-002");
            refused(b64(good().xml().replace("</saml2p:Response>", "")), "PW-SAML-002");
        }

        @Test
        void notAResponse() {
            String request = "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
                    + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_1\" Version=\"2.0\" "
                    + "IssueInstant=\"2024-01-01T00:00:00Z\"><saml:NameID>x</saml:NameID></samlp:LogoutRequest>";
            refused(b64(request), "PW-SAML-005");
        }

        @Test
        void schemaInvalid() {
            String xml = good().xml().replace("Version=\"2.0\"", "Version=\"2.0\" Surprise=\"1\"");
            refused(b64(xml), "PW-SAML-004");
        }
    }

    @Nested
    class XmlAttacks {
        @Test
        void externalEntityXxe() {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + good().xml().replaceFirst("<\\?xml[^>]*>", "").replace(">docent1<", ">&xxe;<");
            refused(b64(xml), "PW-SAML-003");
        }

        @Test
        void entityExpansionBillionLaughs() {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            dtd.append("]>");
            String xml = dtd + good().xml().replaceFirst("<\\?xml[^>]*>", "").replace(">docent1<", ">&l9;<");
            refused(b64(xml), "PW-SAML-003");
        }

        @Test
        void internalDtdWithoutEntities() {
            refused(b64("<!DOCTYPE samlp:Response>" + good().xml().replaceFirst("<\\?xml[^>]*>", "")), "PW-SAML-003");
        }

        @Test
        void doctypeHiddenFromTheByteScanInUtf16IsStillRefused() {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY x \"y\">]>"
                    + good().xml().replaceFirst("<\\?xml[^>]*>", "");
            String value = Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_16));
            refused(value, "PW-SAML-003");
        }

        @Test
        void commentInjectionInNameId() {
            // "docent1<!---->.evil" canonicalises (without comments) to the signed value; a naive reader stops at the comment
            String xml = ResponseForge.signedAssertion(spec().withNameId("docent1.evil.example"), bed.idpKey).xml()
                    .replace(">docent1.evil.example<", ">docent1<!---->.evil.example<");
            refused(b64(xml), "PW-SAML-006");
        }

        @Test
        void processingInstruction() {
            refused(b64(good().xml().replace("<saml2:Conditions", "<?evil x?><saml2:Conditions")), "PW-SAML-006");
        }
    }

    @Nested
    class Signatures {
        @Test
        void unsigned() {
            refused(ResponseForge.unsigned(spec()).base64(), "PW-SAML-012");
        }

        @Test
        void onlyTheResponseSignedWhileTheAssertionMustBe() {
            refused(ResponseForge.unsigned(spec()).signResponseWith(bed.idpKey).base64(), "PW-SAML-012");
        }

        @Test
        void foreignKeyInKeyInfo() {
            refused(ResponseForge.signedAssertion(spec(), TestKeyPairs.rsa("Test IdP")).base64(), "PW-SAML-018");
        }

        @Test
        void foreignKeyWithoutKeyInfo() {
            refused(ResponseForge.signedAssertion(spec(), TestKeyPairs.rsa("attacker")).withoutKeyInfo().base64(), "PW-SAML-017");
        }

        @Test
        void contentChangedAfterSigning() {
            refused(b64(good().xml().replace(">Jansen<", ">Janssen<")), "PW-SAML-017");
        }

        @Test
        void sha1Signature() {
            refused(good().signatureAlgorithm("http://www.w3.org/2000/09/xmldsig#rsa-sha1").base64(), "PW-SAML-013");
        }

        @Test
        void hmacSignature() {
            String xml = good().xml().replace("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                    "http://www.w3.org/2000/09/xmldsig#hmac-sha1");
            refused(b64(xml), "PW-SAML-013");
        }

        @Test
        void sha1Digest() {
            refused(good().digestAlgorithm("http://www.w3.org/2000/09/xmldsig#sha1").base64(), "PW-SAML-014");
        }

        @Test
        void md5Digest() {
            String xml = good().xml().replace("http://www.w3.org/2001/04/xmlenc#sha256",
                    "http://www.w3.org/2001/04/xmldsig-more#md5");
            refused(b64(xml), "PW-SAML-014");
        }

        @Test
        void xpathTransform() {
            ResponseForge forge = good().afterSigning(response -> addTransform(assertion(response),
                    "http://www.w3.org/TR/1999/REC-xpath-19991116",
                    t -> {
                        Element xpath = t.getOwnerDocument().createElementNS(SignatureChecks.DSIG, "ds:XPath");
                        xpath.setTextContent("not(ancestor-or-self::saml2:Attribute)");
                        t.appendChild(xpath);
                    }));
            refused(forge.base64(), "PW-SAML-015");
        }

        @Test
        void xsltTransform() {
            ResponseForge forge = good().afterSigning(response -> addTransform(assertion(response),
                    "http://www.w3.org/TR/1999/REC-xslt-19991116", t -> { }));
            refused(forge.base64(), "PW-SAML-015");
        }

        @Test
        void inclusiveCanonicalization() {
            String xml = good().xml().replace("<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
                    "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments\"/>");
            refused(b64(xml), "PW-SAML-015");
        }

        private void addTransform(Element signed, String algorithm, Consumer<Element> fill) {
            Element signature = child(signed, "Signature");
            Element transforms = child(child(child(signature, "SignedInfo"), "Reference"), "Transforms");
            Element transform = transforms.getOwnerDocument().createElementNS(SignatureChecks.DSIG, "ds:Transform");
            transform.setAttributeNS(null, "Algorithm", algorithm);
            fill.accept(transform);
            transforms.appendChild(transform);
        }
    }

    @Nested
    class Wrapping {
        @Test
        void evilAssertionBesideTheSignedOne() {
            ResponseForge forge = good().afterSigning(response -> {
                Element evil = (Element) assertion(response).cloneNode(true);
                evil.setAttributeNS(null, "ID", "_evil");
                evil.removeChild(child(evil, "Signature"));
                response.insertBefore(evil, assertion(response));
            });
            refused(forge.base64(), "PW-SAML-008");
        }

        @Test
        void evilCopyWithTheSameId() {
            ResponseForge forge = good().afterSigning(response -> {
                Element evil = (Element) assertion(response).cloneNode(true);
                evil.removeChild(child(evil, "Signature"));
                response.appendChild(evil);
            });
            refused(forge.base64(), "PW-SAML-007");
        }

        @Test
        void signedOriginalHiddenInExtensionsEvilInItsPlace() {
            ResponseForge forge = good().afterSigning(response -> {
                Element original = assertion(response);
                Element evil = (Element) original.cloneNode(true);
                evil.setAttributeNS(null, "ID", "_evil");
                Element extensions = response.getOwnerDocument().createElementNS(ResponseValidator.PROTOCOL_NS, "saml2p:Extensions");
                response.insertBefore(extensions, child(response, "Status"));
                response.replaceChild(evil, original);
                extensions.appendChild(original);
            });
            refused(forge.base64(), "PW-SAML-008");
        }

        @Test
        void signedOriginalInsideTheEvilSignaturesObject() {
            ResponseForge forge = good().afterSigning(response -> {
                Element original = assertion(response);
                Element evil = (Element) original.cloneNode(true);
                evil.setAttributeNS(null, "ID", "_evil");
                response.replaceChild(evil, original);
                Element object = response.getOwnerDocument().createElementNS(SignatureChecks.DSIG, "ds:Object");
                child(evil, "Signature").appendChild(object);
                object.appendChild(original);
            });
            refused(forge.base64(), "PW-SAML-008");
        }

        @Test
        void signatureThatReferencesAnotherElement() {
            // the Response is signed; its signature is moved into the unsigned assertion: crypto-valid, wrong element
            ResponseForge forge = ResponseForge.unsigned(spec()).signResponseWith(bed.idpKey).afterSigning(response -> {
                Element signature = child(response, "Signature");
                response.removeChild(signature);
                Element a = assertion(response);
                a.insertBefore(signature, child(a, "Issuer").getNextSibling());
            });
            refused(forge.base64(), "PW-SAML-016");
        }

        @Test
        void assertionIdChangedAfterSigning() {
            ResponseForge forge = good().afterSigning(response -> assertion(response).setAttributeNS(null, "ID", "_renamed"));
            refused(forge.base64(), "PW-SAML-016");
        }

        @Test
        void twoReferences() {
            ResponseForge forge = good().afterSigning(response -> {
                Element signedInfo = child(child(assertion(response), "Signature"), "SignedInfo");
                Element reference = child(signedInfo, "Reference");
                signedInfo.appendChild(reference.cloneNode(true));
            });
            refused(forge.base64(), "PW-SAML-016");
        }
    }

    @Nested
    class Content {
        @Test
        void statusNotSuccess() {
            refused(ResponseForge.unsigned(spec().withStatus("urn:oasis:names:tc:SAML:2.0:status:Responder"))
                    .signResponseWith(bed.idpKey).base64(), "PW-SAML-009");
        }

        @Test
        void noAssertionAtAll() {
            ResponseForge forge = good().afterSigning(response -> response.removeChild(assertion(response)));
            refused(forge.base64(), "PW-SAML-008");
        }

        @Test
        void wrongIssuer() {
            refused(ResponseForge.signedAssertion(spec().withIssuer("https://evil.example/idp"), bed.idpKey).base64(), "PW-SAML-010");
        }

        @Test
        void wrongDestination() {
            refused(ResponseForge.signedAssertion(spec().withDestination(Optional.of("https://other.example/acs")), bed.idpKey)
                    .base64(), "PW-SAML-011");
        }

        @Test
        void missingDestination() {
            refused(ResponseForge.signedAssertion(spec().withDestination(Optional.empty()), bed.idpKey).base64(), "PW-SAML-011");
        }

        @Test
        void wrongRecipient() {
            refused(ResponseForge.signedAssertion(spec().withRecipient("https://other.example/acs"), bed.idpKey).base64(),
                    "PW-SAML-020");
        }

        @Test
        void wrongAudience() {
            refused(ResponseForge.signedAssertion(spec().withAudience("https://other-sp.example"), bed.idpKey).base64(),
                    "PW-SAML-021");
        }

        @Test
        void twoAssertionsEachSigned() {
            ResponseSpec second = bed.spec(config, Optional.of(requestId));
            ResponseForge forge = good().afterSigning(response -> {
                Element other = ResponseForge.signedAssertion(second, bed.idpKey).dom();
                Node imported = response.getOwnerDocument().importNode(assertion(other), true);
                response.appendChild(imported);
            });
            refused(forge.base64(), "PW-SAML-008");
        }

        @Test
        void encryptedForAnotherSp() {
            refused(good().encryptFor(TestKeyPairs.rsa("other SP").certificate()).base64(), "PW-SAML-019");
        }
    }

    @Nested
    class Time {
        @Test
        void expired() {
            refused(ResponseForge.signedAssertion(spec().shiftedBy(Duration.ofMinutes(-7)), bed.idpKey).base64(), "PW-SAML-023");
        }

        @Test
        void expiredBeyondSkew() {
            ResponseSpec spec = spec();
            refused(ResponseForge.signedAssertion(spec.withValidity(spec.notBefore(), bed.clock.instant().minusSeconds(61)),
                    bed.idpKey).base64(), "PW-SAML-023");
        }

        @Test
        void expiredWithinSkewPasses() {
            ResponseSpec spec = spec();
            String ok = ResponseForge.signedAssertion(spec.withValidity(spec.notBefore(), bed.clock.instant().minusSeconds(30)),
                    bed.idpKey).base64();
            assertThat(realm.complete(SamlTestBed.callback("entree", ok, Optional.empty(), Optional.of(BROWSER))).identity())
                    .isNotNull();
        }

        @Test
        void notYetValidBeyondSkew() {
            ResponseSpec spec = spec();
            refused(ResponseForge.signedAssertion(spec.withValidity(bed.clock.instant().plusSeconds(61), spec.notOnOrAfter()),
                    bed.idpKey).base64(), "PW-SAML-022");
        }

        @Test
        void notYetValidWithinSkewPasses() {
            ResponseSpec spec = spec();
            String ok = ResponseForge.signedAssertion(spec.withValidity(bed.clock.instant().plusSeconds(30), spec.notOnOrAfter()),
                    bed.idpKey).base64();
            assertThat(realm.complete(SamlTestBed.callback("entree", ok, Optional.empty(), Optional.of(BROWSER))).identity())
                    .isNotNull();
        }

        @Test
        void issuedInTheFuture() {
            refused(ResponseForge.signedAssertion(spec().shiftedBy(Duration.ofMinutes(3)), bed.idpKey).base64(), "PW-SAML-022");
        }

        @Test
        void issuedLongAgoButStillFormallyValid() {
            ResponseSpec old = spec().shiftedBy(Duration.ofMinutes(-20));
            refused(ResponseForge.signedAssertion(old.withValidity(old.notBefore(), bed.clock.instant().plusSeconds(300)),
                    bed.idpKey).base64(), "PW-SAML-023");
        }
    }

    @Nested
    class Binding {
        @Test
        void replay() {
            SamlLoginRealm open = bed.realm(bed.config("replay").allowUnsolicited(true).build());
            String response = ResponseForge.signedAssertion(bed.spec(open.config(), Optional.empty()), bed.idpKey).base64();
            assertThat(open.complete(SamlTestBed.callback("replay", response, Optional.empty(), Optional.empty())).identity())
                    .isNotNull();
            refused(open, response, "PW-SAML-027");
        }

        @Test
        void replayOfAnAnsweredRequest() {
            String response = good().base64();
            realm.complete(SamlTestBed.callback("entree", response, Optional.empty(), Optional.of(BROWSER)));
            refused(response, "PW-SAML-027");
        }

        @Test
        void wrongInResponseTo() {
            refused(ResponseForge.signedAssertion(spec().withInResponseTo(Optional.of("_never-sent")), bed.idpKey).base64(),
                    "PW-SAML-024");
        }

        @Test
        void subjectConfirmationInResponseToDiffers() {
            ResponseSpec spec = spec();
            ResponseSpec mixed = new ResponseSpec(spec.responseId(), spec.assertionId(), spec.issuer(), spec.destination(),
                    spec.inResponseTo(), Optional.of("_other"), spec.audience(), spec.recipient(), spec.nameId(),
                    spec.nameIdFormat(), spec.attributes(), spec.issueInstant(), spec.notBefore(), spec.notOnOrAfter(),
                    spec.authnInstant(), spec.sessionIndex(), spec.statusCode());
            refused(ResponseForge.signedAssertion(mixed, bed.idpKey).base64(), "PW-SAML-024");
        }

        @Test
        void idpInitiatedAssertionRewrappedAsAnswerToOurRequest() {
            // only the Response (unsigned here) claims InResponseTo; the signed SubjectConfirmationData has none
            ResponseSpec spec = spec();
            ResponseSpec rewrapped = new ResponseSpec(spec.responseId(), spec.assertionId(), spec.issuer(), spec.destination(),
                    spec.inResponseTo(), Optional.empty(), spec.audience(), spec.recipient(), spec.nameId(),
                    spec.nameIdFormat(), spec.attributes(), spec.issueInstant(), spec.notBefore(), spec.notOnOrAfter(),
                    spec.authnInstant(), spec.sessionIndex(), spec.statusCode());
            refused(ResponseForge.signedAssertion(rewrapped, bed.idpKey).base64(), "PW-SAML-024");
        }

        @Test
        void inResponseToFromAnotherBrowser() {
            refused(realm, SamlTestBed.callback("entree", good().base64(), Optional.empty(), Optional.of("someone-else")),
                    "PW-SAML-025");
        }

        @Test
        void pendingRequestExpired() {
            String response = good().base64();
            bed.clock.advance(Duration.ofMinutes(11));
            try {
                ResponseSpec late = bed.spec(config, Optional.of(requestId));
                refused(ResponseForge.signedAssertion(late, bed.idpKey).base64(), "PW-SAML-024");
            } finally {
                bed.clock.advance(Duration.ofMinutes(-11));
            }
            assertThat(response).isNotEmpty();
        }

        @Test
        void unsolicitedWhereNotAllowed() {
            refused(ResponseForge.signedAssertion(spec().withInResponseTo(Optional.empty()), bed.idpKey).base64(), "PW-SAML-026");
        }

        @Test
        void unsolicitedTooOld() {
            SamlLoginRealm open = bed.realm(bed.config("old-unsolicited").allowUnsolicited(true).build());
            ResponseSpec old = bed.spec(open.config(), Optional.empty()).shiftedBy(Duration.ofMinutes(-5));
            refused(open, ResponseForge.signedAssertion(old.withValidity(old.notBefore(), bed.clock.instant().plusSeconds(60)),
                    bed.idpKey).base64(), "PW-SAML-023");
        }
    }
}
