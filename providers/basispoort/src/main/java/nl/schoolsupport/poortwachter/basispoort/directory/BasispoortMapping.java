package nl.schoolsupport.poortwachter.basispoort.directory;

import java.util.Locale;
import java.util.Set;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * How Basispoort's data becomes ours where the public contract leaves room (docs/basispoort.md, "Assumptions").
 *
 * @param missingDependancecode what an institution without {@code dependancecode} is stored under
 *                              ({@code basispoort.missing-dependancecode})
 * @param ictCoordinatorRoles   staff roles ({@code rollen}) that make an ICT coordinator
 *                              ({@code basispoort.ict-coordinator-roles})
 */
public record BasispoortMapping(MissingDependancecode missingDependancecode, Set<String> ictCoordinatorRoles) {

    public static final BasispoortMapping DEFAULTS = new BasispoortMapping(MissingDependancecode.BRIN4, Set.of("ICTCoordinator"));

    public BasispoortMapping {
        if (missingDependancecode == null) {
            throw new ConfigurationException("basispoort.missing-dependancecode", "expected brin4 or 00");
        }
        ictCoordinatorRoles = Set.copyOf(ictCoordinatorRoles);
    }

    /** An institution whose details carry a 4-character BRIN and no dependancecode (vestiging). */
    public enum MissingDependancecode {
        /** Store it under the BRIN4: BRIN6 logins of its main location still find it (the only school of that BRIN4). */
        BRIN4,
        /** Assume the main location, {@code 00}. */
        MAIN_LOCATION;

        public static MissingDependancecode parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "brin4" -> BRIN4;
                case "00", "main-location" -> MAIN_LOCATION;
                default -> throw new ConfigurationException("basispoort.missing-dependancecode",
                        "expected brin4 or 00, got '" + text + "'");
            };
        }
    }
}
