package nl.schoolsupport.poortwachter.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * User-facing texts, Dutch by default with English available. Each feature keeps its own bundle
 * ({@code messages/<feature>_nl.properties}, {@code _en}) so features do not edit one shared file;
 * {@link #BUNDLES} lists them. Properties are read as UTF-8.
 */
public final class Messages extends AbstractMessageResolver {

    static final List<String> BUNDLES = List.of("app", "errors", "saml", "licence", "basispoort", "merge", "beheer");
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    public Messages() {
        for (Locale locale : SUPPORTED) {
            Map<String, String> texts = new HashMap<>();
            for (String bundle : BUNDLES) {
                load("messages/" + bundle + "_" + locale.getLanguage() + ".properties", texts);
            }
            byLanguage.put(locale.getLanguage(), texts);
        }
    }

    private static void load(String resource, Map<String, String> into) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(k -> into.put(k, properties.getProperty(k)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The text for {@code key}, falling back to Dutch, then to the key itself (visible, never a crash). */
    public String text(Locale locale, String key, Object... args) {
        String pattern = byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("nl")).get(key);
        if (pattern == null) {
            pattern = byLanguage.get("nl").get(key);
        }
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return byLanguage.get("nl").containsKey(key);
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        String text = text(context.getLocale(), key, messageParameters == null ? new Object[0] : messageParameters);
        return text.equals(key) ? null : text;
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] messageParameters) {
        return "??" + key + "??";
    }
}
