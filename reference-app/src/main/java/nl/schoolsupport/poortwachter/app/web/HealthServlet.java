package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.schoolsupport.poortwachter.jdbc.Database;

/** {@code GET /health}: 200 when the app is up and the database answers, 503 otherwise. */
@Singleton
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Database database;

    @Inject
    HealthServlet(Database database) {
        this.database = database;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = database.isHealthy();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(up ? "{\"status\":\"UP\",\"database\":\"UP\"}" : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }
}
