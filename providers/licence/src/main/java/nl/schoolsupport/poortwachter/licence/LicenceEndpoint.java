package nl.schoolsupport.poortwachter.licence;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Where the licence service is. Asked on every request, so the built-in demo service (whose port is known only
 * after it started) can be an endpoint too. Only {@code https} is accepted, except on the loopback interface.
 */
@FunctionalInterface
public interface LicenceEndpoint {

    /** The configuration key of the base URL. */
    String CONFIG_KEY = "licence.base-url";

    /** The base URL; endpoint paths such as {@code /v1/authenticate} are appended to it. */
    URI baseUrl();

    /** A fixed, validated base URL. @throws ConfigurationException naming {@value #CONFIG_KEY} */
    static LicenceEndpoint fixed(URI baseUrl) {
        URI checked = validate(baseUrl);
        return () -> checked;
    }

    /**
     * Checks a base URL: absolute {@code https} (or {@code http} to a loopback address only), no user info, query or
     * fragment. Returns it without a trailing slash.
     */
    static URI validate(URI url) {
        if (url == null) {
            throw new ConfigurationException(CONFIG_KEY, "expected an https:// URL, got nothing");
        }
        String shown = "'" + url.getScheme() + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + (url.getRawPath() == null ? "" : url.getRawPath()) + "'";
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ConfigurationException(CONFIG_KEY, "expected an absolute https:// URL, got " + shown);
        }
        if (url.getRawUserInfo() != null) {
            // credentials in a URL end up in logs; the API key has its own key
            throw new ConfigurationException(CONFIG_KEY, "must not contain user info; use licence.api-key for credentials");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new ConfigurationException(CONFIG_KEY, "must not have a query or fragment, got " + shown);
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new ConfigurationException(CONFIG_KEY, "plain http is allowed only for the loopback interface (127.0.0.1, "
                    + "localhost, ::1), e.g. the demo service; use https, got " + shown);
        }
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1")
                || Pattern.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}", h);
    }
}
