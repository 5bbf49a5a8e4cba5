package nl.schoolsupport.poortwachter.realm;

import java.util.Objects;

/** Where a login attempt comes from; used for throttling and (pseudonymised) logging only. */
public record ClientInfo(String address, String userAgent) {

    public static final ClientInfo UNKNOWN = new ClientInfo("unknown", "");

    public ClientInfo {
        address = Objects.requireNonNullElse(address, "unknown");
        userAgent = userAgent == null ? "" : userAgent.length() > 256 ? userAgent.substring(0, 256) : userAgent;
    }
}
