package nl.schoolsupport.poortwachter.app.web;

import jakarta.servlet.ServletContext;

import org.apache.shiro.guice.web.ShiroWebModule;

import java.util.Collection;

import org.apache.shiro.realm.Realm;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.mgt.WebSecurityManager;

import com.google.inject.Inject;
import com.google.inject.Key;
import com.google.inject.binder.AnnotatedBindingBuilder;
import com.google.inject.name.Names;

import nl.schoolsupport.poortwachter.shiro.PoortwachterPermissions;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/**
 * Shiro for the web: the one {@link PoortwachterRealm}, container sessions (Jetty's, cookie-only, see
 * {@code ReferenceApp}) and URL authorization with Shiro's own filters. Unauthenticated visitors of a
 * protected page go to the login page; authenticated users without the role get a 403 page. There is no
 * "remember me": a shared school computer must not keep a child logged in.
 */
public final class AppShiroModule extends ShiroWebModule {

    public AppShiroModule(ServletContext servletContext) {
        super(servletContext);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void configureShiroWeb() {
        bindConstant().annotatedWith(Names.named("shiro.loginUrl")).to("/");
        bindRealm().to(PoortwachterRealm.class);

        addFilterChain("/leerling/**", filterConfig(Key.get(RoleFilter.class), PoortwachterPermissions.ROLE_PUPIL));
        addFilterChain("/leerling", filterConfig(Key.get(RoleFilter.class), PoortwachterPermissions.ROLE_PUPIL));
        addFilterChain("/leraar/**", filterConfig(Key.get(RoleFilter.class), PoortwachterPermissions.ROLE_TEACHER));
        addFilterChain("/leraar", filterConfig(Key.get(RoleFilter.class), PoortwachterPermissions.ROLE_TEACHER));
        addFilterChain("/beheer/samenvoegen/**", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.MERGE_ACCOUNTS));
        addFilterChain("/beheer/samenvoegen", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.MERGE_ACCOUNTS));
        addFilterChain("/beheer/synchronisatie/**", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.VIEW_SYNC_STATUS));
        addFilterChain("/beheer/synchronisatie", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.VIEW_SYNC_STATUS));
        addFilterChain("/beheer/**", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.MANAGE_PUPILS));
        addFilterChain("/beheer", filterConfig(Key.get(PermissionFilter.class), PoortwachterPermissions.MANAGE_PUPILS));
        addFilterChain("/**", filterConfig(ANON));
    }

    @Override
    protected void bindWebSecurityManager(AnnotatedBindingBuilder<? super WebSecurityManager> bind) {
        bind.to(NoRememberMeSecurityManager.class).asEagerSingleton();
    }

    /** Shiro's web security manager without the remember-me cookie. */
    static final class NoRememberMeSecurityManager extends DefaultWebSecurityManager {
        @Inject
        NoRememberMeSecurityManager(Collection<Realm> realms) {
            super(realms);
            setRememberMeManager(null);
        }
    }
}
