package nl.schoolsupport.poortwachter.saml.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.schoolsupport.poortwachter.saml.demo.PostForm;

/**
 * A minimal browser for IdP login pages: the JDK HttpClient with its own cookie jar (one per user, like a fresh
 * browser profile), following redirects, reading hidden form fields. Enough for SimpleSAMLphp's
 * {@code exampleauth:UserPass} login form and its auto-POST response page.
 */
public final class BrowserSession {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public record Page(URI uri, int status, String body) {
        public Optional<String> hidden(String name) {
            return BrowserSession.hidden(body, name);
        }
    }

    public Page get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public Page post(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Logs in on a SimpleSAMLphp login page reached by {@code start} (an AuthnRequest redirect, or an IdP-initiated
     * URL) and returns the auto-POST form the IdP answers with.
     */
    public PostForm loginAtSimpleSamlPhp(URI start, String username, String password) {
        Page login = get(start);
        String authState = login.hidden("AuthState").orElseThrow(() -> new IllegalStateException(
                "no login form at " + login.uri() + " (HTTP " + login.status() + "): " + snippet(login.body())));
        URI action = URI.create(login.uri().getScheme() + "://" + login.uri().getRawAuthority() + login.uri().getRawPath());
        Page answer = post(action, Map.of("username", username, "password", password, "AuthState", authState));
        return postForm(answer);
    }

    /** The form with SAMLResponse on a page. */
    public static PostForm postForm(Page page) {
        Optional<String> response = page.hidden("SAMLResponse");
        Matcher form = FORM.matcher(page.body());
        if (response.isEmpty() || !form.find()) {
            throw new IllegalStateException("no SAMLResponse form at " + page.uri() + " (HTTP " + page.status() + "): "
                    + snippet(page.body()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SAMLResponse", response.get());
        page.hidden("RelayState").ifPresent(r -> fields.put("RelayState", r));
        return new PostForm(unescape(form.group(1)), fields);
    }

    static Optional<String> hidden(String html, String name) {
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("name=\"" + name + "\"")) {
                Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(tag);
                return value.find() ? Optional.of(unescape(value.group(1))) : Optional.of("");
            }
        }
        return Optional.empty();
    }

    static String unescape(String text) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        numeric.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + "..." : flat;
    }
}
