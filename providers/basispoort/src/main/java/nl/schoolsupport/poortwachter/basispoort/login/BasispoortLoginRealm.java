package nl.schoolsupport.poortwachter.basispoort.login;

import java.time.Clock;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortDirectorySource;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.replay.OneTimeStore;
import nl.schoolsupport.poortwachter.replay.ReplayCache;
import nl.schoolsupport.poortwachter.saml.IdpMetadata;
import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.SpCredentials;

/**
 * "Inloggen met Basispoort": the generic SAML realm with Basispoort's attribute mapping. The Bareka tile in
 * Basispoort posts an unsolicited (IdP-initiated) response to our ACS; SP-initiated logins (our button) work too.
 * Realm id {@value #ID}, the same as the sync's, so a tile login finds the account the sync made for that user.
 * Accounts come only from the sync ({@link ProvisioningPolicy#DIRECTORY_ONLY}).
 */
public final class BasispoortLoginRealm extends SamlLoginRealm {

    public static final String ID = BasispoortDirectorySource.REALM;

    public BasispoortLoginRealm(SamlRealmConfig config, IdpMetadata idp, SpCredentials credentials,
            BasispoortAttributeMapper mapper, OneTimeStore oneTimeStore, ReplayCache replayCache, Clock clock) {
        super(config, idp, credentials, mapper, oneTimeStore, replayCache, clock);
        if (!ID.equals(config.realmId())) {
            throw new IllegalArgumentException("the Basispoort realm has id " + ID + ", got a configuration for " + config.realmId());
        }
        if (config.provisioning() != ProvisioningPolicy.DIRECTORY_ONLY) {
            throw new IllegalArgumentException("Basispoort accounts come only from the sync (DIRECTORY_ONLY), got "
                    + config.provisioning());
        }
    }
}
