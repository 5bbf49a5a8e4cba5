package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;

/** Not logged in: to the login page (remembering where to go). Logged in without the right: 403. */
final class AccessDenied {

    private AccessDenied() {
    }

    static boolean handle(AccessControlFilter filter, Subject subject, ServletRequest request, ServletResponse response)
            throws IOException {
        if (subject.getPrincipal() == null) {
            WebUtils.saveRequest(request);
            WebUtils.issueRedirect(request, response, filter.getLoginUrl());
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
