package nl.schoolsupport.poortwachter.shiro;

import java.util.Objects;
import java.util.Optional;

import org.apache.shiro.authc.HostAuthenticationToken;

import nl.schoolsupport.poortwachter.realm.LoginRequest;

/**
 * The Shiro token for every Poortwachter login: it carries the {@link LoginRequest} to the
 * {@link PoortwachterRealm}, which hands it to the matching {@code LoginRealm}. After a successful
 * {@code subject.login(token)} the caller reads {@link #outcome()} (e.g. the SAML RelayState's return path).
 */
public final class LoginToken implements HostAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient LoginRequest request;
    private transient volatile LoginOutcome outcome;

    public LoginToken(LoginRequest request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    public LoginRequest request() {
        return request;
    }

    /** The realm id: safe to log, unlike a username. */
    @Override
    public Object getPrincipal() {
        return request.realmId();
    }

    @Override
    public Object getCredentials() {
        return request;
    }

    @Override
    public String getHost() {
        return request.client().address();
    }

    public Optional<LoginOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    void outcome(LoginOutcome value) {
        this.outcome = value;
    }

    @Override
    public String toString() {
        return "LoginToken[" + request.realmId() + "]";
    }
}
