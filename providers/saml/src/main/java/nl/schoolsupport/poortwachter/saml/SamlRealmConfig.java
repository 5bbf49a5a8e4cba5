package nl.schoolsupport.poortwachter.saml;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;

/**
 * Everything a {@link SamlLoginRealm} needs to know about itself, validated once at start-up; errors name the
 * configuration key. URLs follow DESIGN §5: ACS {@code {public-base-url}/saml/{realm}/acs}, metadata
 * {@code {public-base-url}/saml/{realm}/metadata}, default entity id {@code {public-base-url}/saml/{realm}}.
 *
 * @param realmId                the realm id ({@code entree}, {@code basispoort}); also the key prefix
 * @param spEntityId             our entity id (Audience, AuthnRequest Issuer)
 * @param acsUrl                 our ACS URL (Destination, Recipient, AssertionConsumerServiceURL)
 * @param metadataUrl            where our SP metadata is published
 * @param clockSkew              tolerated clock difference, both ways
 * @param allowUnsolicited       whether IdP-initiated responses (no InResponseTo) are accepted
 * @param unsolicitedMaxAge      how old an unsolicited response may be (from its IssueInstant)
 * @param responseMaxAge         how old any response may be (from its IssueInstant)
 * @param pendingRequestTtl      how long an AuthnRequest (and its RelayState) stays answerable
 * @param signAuthnRequests      sign AuthnRequests (RSA-SHA256); they are also signed when the IdP asks for it
 * @param requiredSignature      which signatures must be present
 * @param returnPathPrefixes     allowed local return paths (each starts with a single "/")
 * @param nameIdFormat           NameIDPolicy Format to ask for; empty: let the IdP choose
 * @param provisioning           what core does with an unknown identity
 */
public record SamlRealmConfig(String realmId, String spEntityId, String acsUrl, String metadataUrl, Duration clockSkew,
        boolean allowUnsolicited, Duration unsolicitedMaxAge, Duration responseMaxAge, Duration pendingRequestTtl,
        boolean signAuthnRequests, SignatureRequirement requiredSignature, List<String> returnPathPrefixes,
        Optional<String> nameIdFormat, ProvisioningPolicy provisioning) {

    public static final String PUBLIC_BASE_URL = "public-base-url";
    public static final String CLOCK_SKEW = "saml.clock-skew";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Pattern REALM_ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Duration MAX_SKEW = Duration.ofMinutes(10);

    public SamlRealmConfig {
        if (realmId == null || !REALM_ID.matcher(realmId).matches()) {
            throw new ConfigurationException("realm id", "expected lower-case letters, digits and '-', got " + realmId);
        }
        requireUrl(realmId + ".sp-entity-id", spEntityId, false);
        requireUrl(PUBLIC_BASE_URL, acsUrl, true);
        requireUrl(PUBLIC_BASE_URL, metadataUrl, true);
        requireDuration(CLOCK_SKEW, clockSkew, Duration.ZERO, MAX_SKEW);
        requireDuration(realmId + ".unsolicited-max-age", unsolicitedMaxAge, Duration.ofSeconds(10), Duration.ofMinutes(30));
        requireDuration(realmId + ".response-max-age", responseMaxAge, Duration.ofSeconds(10), Duration.ofHours(1));
        requireDuration(realmId + ".request-ttl", pendingRequestTtl, Duration.ofSeconds(30), Duration.ofHours(1));
        Objects.requireNonNull(requiredSignature, "requiredSignature");
        returnPathPrefixes = List.copyOf(returnPathPrefixes);
        if (returnPathPrefixes.isEmpty()) {
            throw new ConfigurationException(realmId + ".return-path-prefixes", "expected at least one prefix such as /");
        }
        for (String prefix : returnPathPrefixes) {
            if (!ReturnPaths.isLocalPath(prefix)) {
                throw new ConfigurationException(realmId + ".return-path-prefixes",
                        "expected local paths that start with a single '/', got " + prefix);
            }
        }
        nameIdFormat = Objects.requireNonNullElse(nameIdFormat, Optional.empty());
        Objects.requireNonNull(provisioning, "provisioning");
    }

    /** Starts from the defaults for {@code realmId} under {@code publicBaseUrl} (key {@value #PUBLIC_BASE_URL}). */
    public static Builder builder(String realmId, String publicBaseUrl) {
        return new Builder(realmId, publicBaseUrl);
    }

    private static void requireUrl(String key, String value, boolean mustBeHttp) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key, "expected a URL, got nothing");
        }
        try {
            URI uri = new URI(value);
            if (mustBeHttp && (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())))) {
                throw new ConfigurationException(key, "expected an absolute http(s) URL, got " + value);
            }
            if (!mustBeHttp && uri.getScheme() == null) {
                throw new ConfigurationException(key, "expected an absolute URI (SAML entity id), got " + value);
            }
        } catch (URISyntaxException e) {
            throw new ConfigurationException(key, "expected a URL, got an invalid one: " + e.getMessage());
        }
    }

    private static void requireDuration(String key, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigurationException(key, "expected a duration between " + min + " and " + max + ", got " + value);
        }
    }

    /** Mutable defaults; {@link #applyProperties} reads the documented keys, {@link #build} validates. */
    public static final class Builder {
        private final String realmId;
        private final String base;
        private String spEntityId;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private boolean allowUnsolicited;
        private Duration unsolicitedMaxAge = Duration.ofMinutes(3);
        private Duration responseMaxAge = Duration.ofMinutes(10);
        private Duration pendingRequestTtl = Duration.ofMinutes(10);
        private boolean signAuthnRequests = true;
        private SignatureRequirement requiredSignature = SignatureRequirement.ASSERTION;
        private List<String> returnPathPrefixes = List.of("/");
        private Optional<String> nameIdFormat = Optional.empty();
        private ProvisioningPolicy provisioning = ProvisioningPolicy.LINKED_ONLY;

        private Builder(String realmId, String publicBaseUrl) {
            this.realmId = realmId;
            if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
                throw new ConfigurationException(PUBLIC_BASE_URL, "expected the public base URL, e.g. https://login.example.nl");
            }
            String trimmed = publicBaseUrl.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            requireUrl(PUBLIC_BASE_URL, trimmed, true);
            if (URI.create(trimmed).getRawQuery() != null || URI.create(trimmed).getRawFragment() != null) {
                throw new ConfigurationException(PUBLIC_BASE_URL, "expected no query or fragment, got " + publicBaseUrl);
            }
            this.base = trimmed;
        }

        public Builder spEntityId(String value) { this.spEntityId = value; return this; }
        public Builder clockSkew(Duration value) { this.clockSkew = value; return this; }
        public Builder allowUnsolicited(boolean value) { this.allowUnsolicited = value; return this; }
        public Builder unsolicitedMaxAge(Duration value) { this.unsolicitedMaxAge = value; return this; }
        public Builder responseMaxAge(Duration value) { this.responseMaxAge = value; return this; }
        public Builder pendingRequestTtl(Duration value) { this.pendingRequestTtl = value; return this; }
        public Builder signAuthnRequests(boolean value) { this.signAuthnRequests = value; return this; }
        public Builder requiredSignature(SignatureRequirement value) { this.requiredSignature = value; return this; }
        public Builder returnPathPrefixes(List<String> value) { this.returnPathPrefixes = value; return this; }
        public Builder nameIdFormat(String value) { this.nameIdFormat = Optional.ofNullable(value); return this; }
        public Builder provisioning(ProvisioningPolicy value) { this.provisioning = value; return this; }

        /**
         * Reads {@code {realm}.sp-entity-id}, {@value SamlRealmConfig#CLOCK_SKEW}, {@code {realm}.allow-unsolicited},
         * {@code {realm}.unsolicited-max-age}, {@code {realm}.response-max-age}, {@code {realm}.request-ttl},
         * {@code {realm}.sign-authn-requests}, {@code {realm}.required-signature},
         * {@code {realm}.return-path-prefixes} (comma-separated) and {@code {realm}.name-id-format}; absent keys keep
         * the builder's value. Durations are ISO-8601 ({@code PT60S}).
         */
        public Builder applyProperties(Map<String, String> properties) {
            String p = realmId + ".";
            value(properties, p + "sp-entity-id").ifPresent(this::spEntityId);
            value(properties, CLOCK_SKEW).ifPresent(v -> clockSkew = duration(CLOCK_SKEW, v));
            value(properties, p + "allow-unsolicited").ifPresent(v -> allowUnsolicited = bool(p + "allow-unsolicited", v));
            value(properties, p + "unsolicited-max-age").ifPresent(v -> unsolicitedMaxAge = duration(p + "unsolicited-max-age", v));
            value(properties, p + "response-max-age").ifPresent(v -> responseMaxAge = duration(p + "response-max-age", v));
            value(properties, p + "request-ttl").ifPresent(v -> pendingRequestTtl = duration(p + "request-ttl", v));
            value(properties, p + "sign-authn-requests").ifPresent(v -> signAuthnRequests = bool(p + "sign-authn-requests", v));
            value(properties, p + "required-signature").ifPresent(v -> requiredSignature = signature(p + "required-signature", v));
            value(properties, p + "return-path-prefixes").ifPresent(v -> returnPathPrefixes = Arrays.stream(v.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
            value(properties, p + "name-id-format").ifPresent(this::nameIdFormat);
            return this;
        }

        public SamlRealmConfig build() {
            String prefix = base + "/saml/" + realmId;
            String entityId = spEntityId == null || spEntityId.isBlank() ? prefix : spEntityId.strip();
            return new SamlRealmConfig(realmId, entityId, prefix + "/acs", prefix + "/metadata", clockSkew, allowUnsolicited,
                    unsolicitedMaxAge, responseMaxAge, pendingRequestTtl, signAuthnRequests, requiredSignature,
                    returnPathPrefixes, nameIdFormat, provisioning);
        }

        private static Optional<String> value(Map<String, String> properties, String key) {
            return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
        }

        private static Duration duration(String key, String value) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(key, "expected an ISO-8601 duration such as PT60S, got " + value);
            }
        }

        private static boolean bool(String key, String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new ConfigurationException(key, "expected true or false, got " + value);
            };
        }

        private static SignatureRequirement signature(String key, String value) {
            try {
                return SignatureRequirement.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(key, "expected one of assertion, response, either, both; got " + value);
            }
        }
    }
}
