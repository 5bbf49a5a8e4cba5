package nl.schoolsupport.poortwachter.realm;

/**
 * The provider vouched for the user, but no local account exists and the realm's policy forbids
 * creating one (e.g. Basispoort before the nightly sync imported the school).
 */
public class NotProvisionedException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    private final String realmId;

    public NotProvisionedException(String realmId, ProvisioningPolicy policy, String detail) {
        super(LoginErrorCode.NOT_PROVISIONED, "realm " + realmId + " (policy " + policy + "): " + detail);
        this.realmId = realmId;
    }

    public String realmId() {
        return realmId;
    }
}
