package nl.schoolsupport.poortwachter.realm;

import java.net.URI;
import java.util.Objects;

/** Where to send the browser (an HTTP 302 to {@code location}). */
public record RedirectInstruction(URI location) {

    public RedirectInstruction {
        Objects.requireNonNull(location, "location");
    }
}
