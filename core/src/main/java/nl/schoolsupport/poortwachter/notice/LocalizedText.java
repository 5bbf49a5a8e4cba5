package nl.schoolsupport.poortwachter.notice;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in Dutch (always) and English (falls back to the Dutch text when not given).
 * Texts are plain text: the web layer escapes them, so a notice can never inject markup.
 */
public record LocalizedText(String nl, String en) {

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        nl = nl.strip();
        en = en == null || en.isBlank() ? nl : en.strip();
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** English for an English locale, Dutch for everything else (the products are Dutch first). */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
