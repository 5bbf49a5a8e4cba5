package nl.schoolsupport.poortwachter.realm;

import java.util.Objects;
import java.util.Optional;

/** The identity a redirect login proved, plus the (already allow-listed) local path to return to. */
public record CompletedLogin(ExternalIdentity identity, Optional<String> returnTo) {

    public CompletedLogin {
        Objects.requireNonNull(identity, "identity");
        returnTo = Objects.requireNonNullElse(returnTo, Optional.empty());
    }
}
