package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * Configuration of merging.
 *
 * @param directoryRealmId accounts with an identity of this realm are "imported" (they came from the directory);
 *                         the other active accounts of a school are "legacy". Config key {@code merge.directory-realm}.
 */
public record MergeSettings(String directoryRealmId) {

    public static final String DIRECTORY_REALM_KEY = "merge.directory-realm";
    public static final MergeSettings DEFAULT = new MergeSettings("basispoort");

    public MergeSettings {
        if (directoryRealmId == null || !directoryRealmId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new ConfigurationException(DIRECTORY_REALM_KEY, "expected a realm id such as basispoort, got "
                    + (directoryRealmId == null ? "nothing" : "'" + directoryRealmId + "'"));
        }
    }
}
