package nl.schoolsupport.poortwachter.saml.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP-POST binding message: the form the browser posts to {@code actionUrl} with {@code fields}
 * ({@code SAMLResponse}, optionally {@code RelayState}).
 */
public record PostForm(String actionUrl, Map<String, String> fields) {

    public PostForm {
        Objects.requireNonNull(actionUrl, "actionUrl");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * A complete HTML page that posts the form on load (with a button for browsers without JavaScript).
     * {@code cspNonce} is put on the script tag when given, for pages served with a strict CSP.
     */
    public String autoSubmitHtml(java.util.Optional<String> cspNonce) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>Doorsturen…</title></head>\n")
                .append("<body><form id=\"saml-post\" method=\"post\" action=\"").append(escape(actionUrl)).append("\">\n");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\">\n"));
        html.append("<noscript><p>JavaScript staat uit. Klik op Doorgaan.</p></noscript>\n")
                .append("<button type=\"submit\">Doorgaan</button></form>\n<script")
                .append(cspNonce.map(n -> " nonce=\"" + escape(n) + "\"").orElse(""))
                .append(">document.getElementById('saml-post').submit();</script>\n</body></html>\n");
        return html.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
