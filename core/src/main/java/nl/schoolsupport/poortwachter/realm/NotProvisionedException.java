package nl.schoolsupport.poortwachter.realm;

import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The provider vouched for the user, but no local account exists and the realm's policy forbids
 * creating one (e.g. Basispoort before the nightly sync imported the school).
 */
public class NotProvisionedException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    private final String realmId;
    private final SchoolKey school;

    public NotProvisionedException(String realmId, ProvisioningPolicy policy, String detail) {
        this(realmId, policy, detail, Optional.empty());
    }

    /**
     * @param school the school the provider named for the user, if any: lets the login page explain the refusal
     *               ("your school's data has not been synchronised yet") without keeping the identity around
     */
    public NotProvisionedException(String realmId, ProvisioningPolicy policy, String detail, Optional<SchoolKey> school) {
        super(LoginErrorCode.NOT_PROVISIONED, "realm " + realmId + " (policy " + policy + "): " + detail);
        this.realmId = realmId;
        this.school = school.orElse(null);
    }

    public String realmId() {
        return realmId;
    }

    /** The school the provider named for the refused user (a key, not personal data). */
    public Optional<SchoolKey> school() {
        return Optional.ofNullable(school);
    }
}
