package nl.schoolsupport.poortwachter.sync;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the sync status for people: Dutch for schools, English as the base. */
final class SyncMessages {

    private static final String BUNDLE = "nl.schoolsupport.poortwachter.sync.SyncMessages";
    // without this, a machine whose default locale is Dutch would answer an English request in Dutch
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SyncMessages() {
    }

    static String text(Locale locale, String key, List<String> arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, SyncMessages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' in " + BUNDLE, e);
        }
        // plain {n} replacement: MessageFormat would eat the apostrophes of "school's" and "'t Schrijvertje"
        String text = pattern;
        for (int i = 0; i < arguments.size(); i++) {
            text = text.replace("{" + i + "}", arguments.get(i));
        }
        return text;
    }
}
