package nl.schoolsupport.poortwachter.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The SAML HTTP-Redirect binding (SAML bindings §3.4): raw DEFLATE, base64, URL-encoding, and the optional
 * query-string signature over {@code SAMLRequest=...&RelayState=...&SigAlg=...}.
 */
public final class RedirectBinding {

    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    private static final int MAX_INFLATED = 256 * 1024;

    private RedirectBinding() {
    }

    /** The full redirect URL to {@code destination} carrying {@code xml} as SAMLRequest. */
    static String encode(String destination, String xml, Optional<String> relayState, Optional<PrivateKey> signingKey) {
        StringBuilder query = new StringBuilder("SAMLRequest=").append(url(Base64.getEncoder().encodeToString(deflate(xml))));
        relayState.ifPresent(r -> query.append("&RelayState=").append(url(r)));
        if (signingKey.isPresent()) {
            query.append("&SigAlg=").append(url(RSA_SHA256));
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(signingKey.get());
                signature.update(query.toString().getBytes(StandardCharsets.UTF_8));
                query.append("&Signature=").append(url(Base64.getEncoder().encodeToString(signature.sign())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign the AuthnRequest with the SP key", e);
            }
        }
        return destination + (destination.contains("?") ? "&" : "?") + query;
    }

    /** Decodes a SAMLRequest/SAMLResponse query value (already URL-decoded) into XML text. */
    public static String decode(String base64Deflated) {
        byte[] compressed;
        try {
            compressed = Base64.getMimeDecoder().decode(base64Deflated);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SAMLRequest is not base64: " + e.getMessage(), e);
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new IllegalArgumentException("SAMLRequest inflates to more than " + MAX_INFLATED + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("SAMLRequest is not DEFLATE-compressed: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static byte[] deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFLATED, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
