package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Thymeleaf, configured once: templates from {@code templates/*.html}, texts from {@link Messages}. */
@Singleton
public final class Templates {

    private final TemplateEngine engine = new TemplateEngine();
    private final Messages messages = new Messages();

    public Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(messages);
    }

    public Messages messages() {
        return messages;
    }

    public String render(String template, Locale locale, Map<String, Object> model) {
        return engine.process(template, new Context(locale, model));
    }

    public void write(HttpServletResponse response, int status, String template, Locale locale, Map<String, Object> model)
            throws IOException {
        String html = render(template, locale, model);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }
}
