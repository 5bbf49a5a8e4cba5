package nl.schoolsupport.poortwachter.basispoort.login;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Where in a Basispoort assertion each fact is. Basispoort's SAML attribute names are not public (domain research
 * §1.2), so every name is configurable; the defaults mirror the field names of Basispoort's REST API (which the
 * sync reads) and are listed with the reasoning in {@code docs/basispoort.md}, "Tile login: attribute mapping".
 * Each entry is a list of names (SAML Name or FriendlyName), tried in order; {@code none} turns an optional one off.
 *
 * @param userId            the Basispoort user id, the subject: must equal what the sync stores ({@code id}, an int64
 *                          as decimal text). {@value #NAME_ID} stands for the Subject's NameID (not when transient)
 * @param eckId             the ECK iD (optional: the synced account already has it)
 * @param institutionId     the Basispoort institution id (optional: resolved to the school through the sync status)
 * @param brin              the BRIN, 4 characters (with {@code dependancecode}) or 6 (optional)
 * @param dependancecode    the vestiging, 2 digits (optional)
 * @param role              the role(s) (optional: the synced account's role is what counts)
 * @param firstName         first name (optional)
 * @param infix             tussenvoegsel / voorvoegsel (optional)
 * @param lastName          last name (optional)
 * @param staffRoles        role values that mean staff, i.e. TEACHER (case-insensitive); any other value (Basispoort's
 *                          pupils: {@code Leerling}) or none means PUPIL
 * @param ictCoordinatorRoles role values that mean ICT coordinator (the sync's {@code basispoort.ict-coordinator-roles})
 */
public record BasispoortAttributeMapping(List<String> userId, List<String> eckId, List<String> institutionId, List<String> brin,
        List<String> dependancecode, List<String> role, List<String> firstName, List<String> infix, List<String> lastName,
        Set<String> staffRoles, Set<String> ictCoordinatorRoles) {

    /** In {@code basispoort.attribute.user-id}: the Subject's NameID instead of an attribute. */
    public static final String NAME_ID = "#NameID";
    /** The value that turns an optional attribute off. */
    public static final String NONE = "none";

    public static final String KEY_PREFIX = "basispoort.attribute.";
    public static final String STAFF_ROLES = "basispoort.staff-roles";
    public static final String ICT_COORDINATOR_ROLES = "basispoort.ict-coordinator-roles";

    private static final String MACE = "urn:mace:dir:attribute-def:";

    /** The documented defaults (assumptions, see {@code docs/basispoort.md}). */
    public static final BasispoortAttributeMapping DEFAULTS = new BasispoortAttributeMapping(
            List.of("basispoortId"),
            List.of("eckId", "eckid", MACE + "eckId"),
            List.of("instellingId"),
            List.of("brincode"),
            List.of("dependancecode"),
            List.of("rol"),
            List.of("voornaam", "givenName"),
            List.of("voorvoegsel", "nlEduPersonTussenvoegsels"),
            List.of("achternaam", "sn"),
            Set.of("leerkracht", "ictcoordinator", "ibrter", "stagiair", "inval", "medewerker", "schoolleider"),
            Set.of("ictcoordinator"));

    public BasispoortAttributeMapping {
        userId = List.copyOf(userId);
        if (userId.isEmpty()) {
            throw new ConfigurationException(KEY_PREFIX + "user-id", "expected at least one attribute name or " + NAME_ID);
        }
        eckId = optionalNames("eck-id", eckId);
        institutionId = optionalNames("institution-id", institutionId);
        brin = optionalNames("brin", brin);
        dependancecode = optionalNames("dependancecode", dependancecode);
        role = optionalNames("role", role);
        firstName = optionalNames("first-name", firstName);
        infix = optionalNames("infix", infix);
        lastName = optionalNames("last-name", lastName);
        staffRoles = lowerCase(staffRoles);
        ictCoordinatorRoles = lowerCase(ictCoordinatorRoles);
    }

    private static List<String> optionalNames(String key, List<String> names) {
        List<String> copy = List.copyOf(names);
        if (copy.contains(NAME_ID)) {
            throw new ConfigurationException(KEY_PREFIX + key, NAME_ID + " is only allowed for " + KEY_PREFIX + "user-id");
        }
        return copy;
    }

    private static Set<String> lowerCase(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads {@code basispoort.attribute.{user-id, eck-id, institution-id, brin, dependancecode, role, first-name, infix,
     * last-name}} (comma-separated names; {@code none} for "not sent"), {@value #STAFF_ROLES}
     * and {@value #ICT_COORDINATOR_ROLES}; absent keys keep the defaults.
     */
    public static BasispoortAttributeMapping fromProperties(Map<String, String> properties) {
        BasispoortAttributeMapping d = DEFAULTS;
        return new BasispoortAttributeMapping(
                names(properties, "user-id", d.userId()),
                names(properties, "eck-id", d.eckId()),
                names(properties, "institution-id", d.institutionId()),
                names(properties, "brin", d.brin()),
                names(properties, "dependancecode", d.dependancecode()),
                names(properties, "role", d.role()),
                names(properties, "first-name", d.firstName()),
                names(properties, "infix", d.infix()),
                names(properties, "last-name", d.lastName()),
                values(properties, STAFF_ROLES, d.staffRoles()),
                values(properties, ICT_COORDINATOR_ROLES, d.ictCoordinatorRoles()));
    }

    private static List<String> names(Map<String, String> properties, String key, List<String> defaults) {
        Optional<String> value = value(properties, KEY_PREFIX + key);
        if (value.isEmpty()) {
            return defaults;
        }
        if (value.get().equalsIgnoreCase(NONE)) {
            if ("user-id".equals(key)) {
                throw new ConfigurationException(KEY_PREFIX + key, "the user id cannot be turned off: it finds the account");
            }
            return List.of();
        }
        List<String> names = split(value.get());
        for (String name : names) {
            if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new ConfigurationException(KEY_PREFIX + key, "expected attribute names without spaces, separated by "
                        + "commas, got '" + name + "'");
            }
        }
        return names;
    }

    private static Set<String> values(Map<String, String> properties, String key, Set<String> defaults) {
        return value(properties, key).map(v -> Set.copyOf(split(v))).orElse(defaults);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Optional<String> value(Map<String, String> properties, String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Whether this mapping can name a school at all (else every unknown user is "school not said"). */
    public boolean namesSchool() {
        return !brin.isEmpty() || !institutionId.isEmpty();
    }

    static String[] array(List<String> names) {
        return names.toArray(String[]::new);
    }
}
