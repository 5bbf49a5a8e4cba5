package nl.schoolsupport.poortwachter.saml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import nl.schoolsupport.poortwachter.saml.check.ReturnPathNotAllowedException;

/**
 * Return paths after login are local paths only, from an allow-list of prefixes: no scheme, no host, no
 * protocol-relative {@code //host}, no backslashes (browsers read {@code /\host} as a host), no control
 * characters, no dot segments that climb out of a prefix. This is what keeps the ACS from being an open
 * redirect.
 */
final class ReturnPaths {

    static final int MAX_LENGTH = 1024;

    private ReturnPaths() {
    }

    /** A path that starts with exactly one '/', with nothing a browser could read as a host. */
    static boolean isLocalPath(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return false;
            }
            String rawPath = uri.getRawPath();
            if (rawPath == null || !rawPath.equals(uri.normalize().getRawPath())) {
                return false; // "." or ".." segments
            }
            String decoded = uri.getPath();
            return decoded != null && !decoded.startsWith("//") && !decoded.contains("\\") && !decoded.contains("/../")
                    && !decoded.endsWith("/..");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The path if it is local and under one of {@code prefixes}; else the specific exception. */
    static String check(String path, List<String> prefixes) {
        if (!isLocalPath(path)) {
            throw new ReturnPathNotAllowedException("expected a local path starting with a single '/', got "
                    + (path == null ? "nothing" : "a value of " + path.length() + " characters that is not one"));
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix) && (prefix.endsWith("/") || path.length() == prefix.length()
                    || path.charAt(prefix.length()) == '/' || path.charAt(prefix.length()) == '?')) {
                return path;
            }
        }
        throw new ReturnPathNotAllowedException("expected a path under one of " + prefixes + ", got one outside them");
    }
}
