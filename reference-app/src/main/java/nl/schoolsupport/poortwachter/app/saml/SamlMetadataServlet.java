package nl.schoolsupport.poortwachter.app.saml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.saml.SamlLoginRealm;
import nl.schoolsupport.poortwachter.shiro.PoortwachterRealm;

/** {@code GET /saml/{realm}/metadata}: our SP metadata (entity id, ACS, signing and encryption keys, next key). */
@Singleton
public final class SamlMetadataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PoortwachterRealm realms;

    @Inject
    SamlMetadataServlet(PoortwachterRealm realms) {
        this.realms = realms;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var realm = SamlPaths.realm(realms, request.getRequestURI(), "metadata").filter(SamlLoginRealm.class::isInstance)
                .map(SamlLoginRealm.class::cast);
        if (realm.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/samlmetadata+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getOutputStream().write(realm.get().spMetadataXml().getBytes(StandardCharsets.UTF_8));
    }
}
