package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.account.AccountId;

/**
 * One way to log in (licence credentials, pupil code, Basispoort, Entree, or an integrator's own).
 * Implementations check the request completely and either return who the user is, or throw a
 * {@link LoginFailedException} subclass with a stable error code. Account linking is not their concern:
 * core resolves the returned identity to a local account according to {@link #provisioning()}.
 *
 * <p>Add a realm in its own Guice module with {@code LoginRealmModule.bindLoginRealm()}.
 */
public interface LoginRealm {

    /** Stable id, used in URLs, in the store (linked identities) and in logs, e.g. {@code pupil-code}. */
    String id();

    /** Whether this realm can handle the request; by default every request addressed to {@link #id()}. */
    default boolean supports(LoginRequest request) {
        return id().equals(request.realmId());
    }

    ExternalIdentity authenticate(LoginRequest request);

    /** What happens when the identity is not linked to an account yet. */
    default ProvisioningPolicy provisioning() {
        return ProvisioningPolicy.LINKED_ONLY;
    }

    /**
     * Whether a session that {@code account} started through this realm may go on; asked again while it lasts
     * (see {@code LoginRevalidation}). A realm that can withdraw a login, such as a teacher deactivating a pupil's
     * code, answers false from then on. By default a login stays valid until the session ends.
     */
    default boolean loginStillAllowed(AccountId account) {
        return true;
    }
}
