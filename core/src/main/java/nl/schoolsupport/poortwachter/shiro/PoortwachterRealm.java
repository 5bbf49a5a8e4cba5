package nl.schoolsupport.poortwachter.shiro;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.identity.IdentityResolver;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.identity.ResolvedAccount;
import nl.schoolsupport.poortwachter.realm.CompletedLogin;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.LoginRealm;
import nl.schoolsupport.poortwachter.realm.ProtocolCallback;
import nl.schoolsupport.poortwachter.realm.RedirectingLoginRealm;
import nl.schoolsupport.poortwachter.realm.UnknownRealmException;

/**
 * The one Shiro realm of Poortwachter. It picks the {@link LoginRealm} a {@link LoginToken} is addressed
 * to, lets it authenticate (the credential check happens there, hence {@link AllowAllCredentialsMatcher}),
 * resolves the identity to a local account, runs the {@link LoginGuard}s and returns an
 * {@link AccountPrincipal}. Authorization (roles, permissions) derives from that principal.
 */
public class PoortwachterRealm extends AuthorizingRealm {

    private final Map<String, LoginRealm> realms;
    private final IdentityResolver resolver;
    private final Set<LoginGuard> guards;

    @Inject
    public PoortwachterRealm(Set<LoginRealm> loginRealms, IdentityResolver resolver, Set<LoginGuard> guards) {
        super(new AllowAllCredentialsMatcher());
        this.realms = indexById(loginRealms);
        this.resolver = Objects.requireNonNull(resolver);
        this.guards = Set.copyOf(guards);
        setName("poortwachter");
        setAuthenticationTokenClass(LoginToken.class);
        setAuthenticationCachingEnabled(false);
        setAuthorizationCachingEnabled(false);
    }

    private static Map<String, LoginRealm> indexById(Set<LoginRealm> loginRealms) {
        Map<String, LoginRealm> byId = new LinkedHashMap<>();
        for (LoginRealm realm : loginRealms) {
            LoginRealm previous = byId.put(realm.id(), realm);
            if (previous != null) {
                throw new IllegalStateException("two login realms share the id '" + realm.id() + "': "
                        + previous.getClass().getName() + " and " + realm.getClass().getName());
            }
        }
        return Map.copyOf(byId);
    }

    public Optional<LoginRealm> loginRealm(String id) {
        return Optional.ofNullable(realms.get(id));
    }

    public Set<String> loginRealmIds() {
        return realms.keySet();
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        try {
            return authenticate((LoginToken) token);
        } catch (PoortwachterException expected) {
            // an expected refusal: wrapped so Shiro treats it as one (it warns about any other exception type)
            throw new LoginRefusedException(expected);
        }
    }

    private AuthenticationInfo authenticate(LoginToken login) {
        LoginRealm realm = realms.get(login.request().realmId());
        if (realm == null || !realm.supports(login.request())) {
            throw new UnknownRealmException(login.request().realmId(), realms.keySet());
        }
        ExternalIdentity identity;
        Optional<String> returnTo = Optional.empty();
        if (realm instanceof RedirectingLoginRealm redirecting && login.request() instanceof ProtocolCallback callback) {
            CompletedLogin completed = redirecting.complete(callback);
            identity = completed.identity();
            returnTo = completed.returnTo();
        } else {
            identity = realm.authenticate(login.request());
        }
        if (!identity.realmId().equals(realm.id())) {
            throw new IllegalStateException("realm " + realm.id() + " returned an identity of realm " + identity.realmId());
        }
        ResolvedAccount resolved = resolver.resolve(identity, realm.provisioning());
        for (LoginGuard guard : guards) {
            guard.check(identity, resolved.account());
        }
        AccountPrincipal principal = AccountPrincipal.of(resolved.account(), realm.id());
        login.outcome(new LoginOutcome(principal, resolved.path(), returnTo));
        return new SimpleAuthenticationInfo(principal, login.getCredentials(), getName());
    }

    /** Shiro's view of a refused login; the cause carries the Poortwachter error code. */
    public static final class LoginRefusedException extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        LoginRefusedException(PoortwachterException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        if (principal == null) {
            return new SimpleAuthorizationInfo();
        }
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(PoortwachterPermissions.rolesOf(principal));
        info.setStringPermissions(PoortwachterPermissions.permissionsOf(principal));
        return info;
    }
}
