package nl.schoolsupport.poortwachter.entree;

import java.time.Clock;

import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.SpCredentials;

/**
 * "Inloggen met Entree": the generic SAML realm with Entree's attribute mapping. Realm id {@value #ID};
 * SP-initiated only unless configured otherwise ({@link EntreeSettings}).
 */
public final class EntreeRealm extends SamlLoginRealm {

    public static final String ID = "entree";

    public EntreeRealm(SamlRealmConfig config, IdpMetadata idp, SpCredentials credentials, EntreeAttributeMapper mapper,
            OneTimeStore oneTimeStore, ReplayCache replayCache, Clock clock) {
        super(config, idp, credentials, mapper, oneTimeStore, replayCache, clock);
        if (!ID.equals(config.realmId())) {
            throw new IllegalArgumentException("the Entree realm has id " + ID + ", got a configuration for " + config.realmId());
        }
    }
}
