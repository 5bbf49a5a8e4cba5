package nl.schoolsupport.poortwachter.basispoort.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Basispoort's REST environments (domain research §2.1). {@code basispoort.rest-base-url} accepts these names or
 * any https URL (for a proxy, or the built-in demo service).
 */
public enum BasispoortEnvironment {
    TEST("https://test-rest.basispoort.nl"),
    ACCEPTANCE("https://acceptatie-rest.basispoort.nl"),
    STAGING("https://staging-rest.basispoort.nl"),
    PRODUCTION("https://rest.basispoort.nl");

    private final URI baseUrl;

    BasispoortEnvironment(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** "test", "acceptance" (or "acceptatie"), "staging", "production" (or "productie"). */
    public static Optional<BasispoortEnvironment> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "test" -> Optional.of(TEST);
            case "acceptance", "acceptatie" -> Optional.of(ACCEPTANCE);
            case "staging" -> Optional.of(STAGING);
            case "production", "productie" -> Optional.of(PRODUCTION);
            default -> Optional.empty();
        };
    }
}
