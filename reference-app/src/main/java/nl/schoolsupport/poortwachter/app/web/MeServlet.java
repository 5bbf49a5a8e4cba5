package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;

/** {@code GET /api/me}: who is logged in, as JSON; 401 JSON otherwise (DESIGN.md §5). */
@Singleton
public final class MeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper json;

    @Inject
    MeServlet(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AccountPrincipal> me = Pages.currentPrincipal();
        if (me.isEmpty()) {
            writeNotLoggedIn(response, json);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        AccountPrincipal p = me.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", p.accountId().toString());
        body.put("role", p.role().name());
        body.put("school", p.school().value());
        body.put("displayName", p.displayName());
        body.put("realm", p.realmId());
        body.put("schoolKey", p.school().asText());
        body.put("roles", nl.schoolsupport.poortwachter.shiro.PoortwachterPermissions.rolesOf(p));
        json.writeValue(response.getOutputStream(), body);
    }

    /** The API's answer without a (valid) login: 401 with a JSON body. */
    static void writeNotLoggedIn(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "not_authenticated");
        body.put("message", "Not logged in");
        json.writeValue(response.getOutputStream(), body);
    }
}
