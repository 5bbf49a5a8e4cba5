package nl.schoolsupport.poortwachter.realm;

/**
 * A realm whose login happens elsewhere (SAML, OpenID Connect): {@link #start} sends the browser to the
 * provider, {@link #complete} checks what comes back. Providers that start logins themselves
 * (Basispoort's tile: IdP-initiated SAML) only reach {@link #complete}.
 */
public interface RedirectingLoginRealm extends LoginRealm {

    /** Where to send the browser to begin a login; records whatever is needed to check the answer. */
    RedirectInstruction start(StartLogin request);

    /** Checks the provider's answer and returns the identity together with where the user wanted to go. */
    CompletedLogin complete(ProtocolCallback callback);

    @Override
    default ExternalIdentity authenticate(LoginRequest request) {
        if (!(request instanceof ProtocolCallback callback)) {
            throw new IllegalArgumentException("realm " + id() + " expects a protocol callback, got a "
                    + request.getClass().getSimpleName());
        }
        return complete(callback).identity();
    }
}
