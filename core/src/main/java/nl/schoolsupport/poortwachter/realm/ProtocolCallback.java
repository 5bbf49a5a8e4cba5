package nl.schoolsupport.poortwachter.realm;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request parameters a redirect protocol posts back (e.g. {@code SAMLResponse}, {@code RelayState}),
 * plus the browser binding: an opaque key of the browser session that started the login, so a response
 * can only complete a login in the browser that asked for it.
 */
public record ProtocolCallback(String realmId, Map<String, List<String>> parameters, Optional<String> browserBinding,
        ClientInfo client) implements LoginRequest {

    public ProtocolCallback {
        Objects.requireNonNull(realmId, "realmId");
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
        browserBinding = Objects.requireNonNullElse(browserBinding, Optional.empty());
        client = Objects.requireNonNullElse(client, ClientInfo.UNKNOWN);
    }

    /** The single value of a parameter; empty if absent. Several values count as absent (ambiguous). */
    public Optional<String> single(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    @Override
    public String toString() {
        return "ProtocolCallback[realm=" + realmId + ", parameters=" + parameters.keySet() + "]";
    }
}
