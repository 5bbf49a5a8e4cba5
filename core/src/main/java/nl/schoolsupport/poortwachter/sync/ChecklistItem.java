package nl.schoolsupport.poortwachter.sync;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One answer on the "the tile is not visible" checklist. The text is available in Dutch (for school staff)
 * and English; {@link #arguments()} are the facts behind it (dates in the sync zone, counts, error codes) for
 * pages that lay them out themselves.
 *
 * @param check      the question
 * @param verdict    the answer
 * @param messageKey key in {@code SyncMessages} (e.g. {@code permission.granted})
 * @param arguments  values for the placeholders {0}, {1}, ... of the message
 */
public record ChecklistItem(Check check, Verdict verdict, String messageKey, List<Object> arguments) {

    public ChecklistItem {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** The question, e.g. "Staat het schuifje aan?". */
    public String question(Locale locale) {
        return SyncMessages.text(locale, "check." + check.name(), List.of());
    }

    /** The answer, e.g. "Het schuifje voor Uitgeverij Schoolsupport staat aan sinds 3 september 2025.". */
    public String text(Locale locale) {
        return SyncMessages.text(locale, messageKey, arguments.stream().map(a -> format(a, locale)).toList());
    }

    private static String format(Object value, Locale locale) {
        if (value instanceof ZonedDateTime time) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(time);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
        }
        return String.valueOf(value);
    }

    /** The questions of the checklist, in the order a helpdesk asks them. */
    public enum Check {
        /** Is the publisher toggle on in Basispoort, and since when? */
        PERMISSION,
        /** Has a synchronisation succeeded since, and when was the last one? */
        SYNCHRONISED,
        /** How many users and groups came in? */
        USERS,
        /** Did the last attempt fail? */
        LAST_ERROR
    }
}
