package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;

/** Shiro's role filter, answering 403 in place (not a redirect, not 401) to logged-in users without the role. */
public final class RoleFilter extends RolesAuthorizationFilter {

    public RoleFilter() {
        setLoginUrl("/");
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        return AccessDenied.handle(this, getSubject(request, response), request, response);
    }

}
