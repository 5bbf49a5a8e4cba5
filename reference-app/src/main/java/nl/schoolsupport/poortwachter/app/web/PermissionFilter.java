package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;

/** Shiro's permission filter, answering 403 in place to logged-in users without the permission. */
public final class PermissionFilter extends PermissionsAuthorizationFilter {

    public PermissionFilter() {
        setLoginUrl("/");
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        return AccessDenied.handle(this, getSubject(request, response), request, response);
    }
}
