package nl.schoolsupport.poortwachter.error;

import java.util.Locale;

/**
 * A failure the web layer can explain to the teacher as it is: Dutch (default) or English, saying what to do.
 * Unlike {@link Throwable#getMessage()} (for logs, never personal data), this text may name the school's contact
 * person: it is shown only to someone who just proved to belong to the school.
 */
public interface UserFacingMessage {

    String userMessage(Locale locale);

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
