package nl.schoolsupport.poortwachter.saml.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an IdP puts into a Response, as plain values: used by the demo IdP and by tests that craft
 * responses (good and bad). Build with {@link #standard} and adjust with the {@code with...} methods.
 */
public record ResponseSpec(String responseId, String assertionId, String issuer, Optional<String> destination,
        Optional<String> inResponseTo, Optional<String> subjectInResponseTo, String audience, String recipient, String nameId,
        String nameIdFormat, Map<String, List<String>> attributes, Instant issueInstant, Instant notBefore, Instant notOnOrAfter,
        Instant authnInstant, String sessionIndex, String statusCode) {

    public static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    public static final String PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

    /**
     * A correct response to {@code acsUrl}/{@code spEntityId}, issued now, valid for five minutes (30 s back), like
     * SimpleSAMLphp's.
     */
    public static ResponseSpec standard(String issuer, String acsUrl, String spEntityId, Optional<String> inResponseTo,
            String nameId, Map<String, List<String>> attributes, Instant now) {
        return new ResponseSpec(newId(), newId(), issuer, Optional.of(acsUrl), inResponseTo, inResponseTo, spEntityId, acsUrl,
                nameId, PERSISTENT, attributes, now, now.minusSeconds(30), now.plus(Duration.ofMinutes(5)), now, newId(), SUCCESS);
    }

    public static String newId() {
        return PendingIds.next();
    }

    public ResponseSpec withIssuer(String value) {
        return new ResponseSpec(responseId, assertionId, value, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withDestination(Optional<String> value) {
        return new ResponseSpec(responseId, assertionId, issuer, value, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    /** Sets InResponseTo on the Response and on the SubjectConfirmationData. */
    public ResponseSpec withInResponseTo(Optional<String> value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, value, value, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withAudience(String value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, value, recipient,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withRecipient(String value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, value,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withNameId(String value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                value, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withAttributes(Map<String, List<String>> value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, new LinkedHashMap<>(value), issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex,
                statusCode);
    }

    /** Moves every instant (issue, validity, authn) by {@code shift}. */
    public ResponseSpec shiftedBy(Duration shift) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant.plus(shift), notBefore.plus(shift), notOnOrAfter.plus(shift),
                authnInstant.plus(shift), sessionIndex, statusCode);
    }

    public ResponseSpec withValidity(Instant from, Instant until) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant, from, until, authnInstant, sessionIndex, statusCode);
    }

    public ResponseSpec withStatus(String value) {
        return new ResponseSpec(responseId, assertionId, issuer, destination, inResponseTo, subjectInResponseTo, audience, recipient,
                nameId, nameIdFormat, attributes, issueInstant, notBefore, notOnOrAfter, authnInstant, sessionIndex, value);
    }

    /** Random XML IDs ("_" + 128 bits hex). */
    private static final class PendingIds {
        private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        static String next() {
            byte[] b = new byte[16];
            RANDOM.nextBytes(b);
            return "_" + java.util.HexFormat.of().formatHex(b);
        }
    }
}
