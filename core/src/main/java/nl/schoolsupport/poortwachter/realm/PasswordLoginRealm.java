package nl.schoolsupport.poortwachter.realm;

/**
 * Base for realms that check a username and password from a form: it accepts only {@link PasswordLogin}s
 * addressed to it, and wipes the password after the check, whatever the outcome.
 */
public abstract class PasswordLoginRealm implements LoginRealm {

    @Override
    public boolean supports(LoginRequest request) {
        return request instanceof PasswordLogin && id().equals(request.realmId());
    }

    @Override
    public final ExternalIdentity authenticate(LoginRequest request) {
        if (!(request instanceof PasswordLogin login)) {
            throw new IllegalArgumentException("realm " + id() + " expects a PasswordLogin, got "
                    + request.getClass().getSimpleName());
        }
        try {
            return check(login);
        } finally {
            login.wipe();
        }
    }

    /** Checks the credentials completely; the password is wiped afterwards by the caller. */
    protected abstract ExternalIdentity check(PasswordLogin login);
}
