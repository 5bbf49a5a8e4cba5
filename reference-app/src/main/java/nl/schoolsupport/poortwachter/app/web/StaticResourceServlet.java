package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /static/*} from the classpath: CSS, scripts and images all served locally, no CDN. */
@Singleton
public final class StaticResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8", "js",
            "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring("/static/".length());
        String extension = path.substring(path.lastIndexOf('.') + 1);
        if (!path.matches("[a-z0-9/_-]+\\.[a-z]+") || path.contains("..") || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticResourceServlet.class.getClassLoader().getResourceAsStream("static/" + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(extension));
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
