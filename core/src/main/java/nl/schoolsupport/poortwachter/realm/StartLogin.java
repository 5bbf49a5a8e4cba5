package nl.schoolsupport.poortwachter.realm;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to begin a redirect login.
 *
 * @param returnTo       local path to go to after login; realms must check it against an allow-list
 * @param browserBinding opaque key of the browser session, echoed in the matching {@link ProtocolCallback}
 * @param forceAuthn     ask the provider to authenticate again even if it has a session
 */
public record StartLogin(Optional<String> returnTo, Optional<String> browserBinding, boolean forceAuthn) {

    public StartLogin {
        returnTo = Objects.requireNonNullElse(returnTo, Optional.empty());
        browserBinding = Objects.requireNonNullElse(browserBinding, Optional.empty());
    }
}
