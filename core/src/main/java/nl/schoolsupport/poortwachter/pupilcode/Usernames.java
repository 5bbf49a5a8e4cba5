package nl.schoolsupport.poortwachter.pupilcode;

import java.text.Normalizer;
import java.util.Locale;

import nl.schoolsupport.poortwachter.account.PersonName;

/**
 * Readable pupil usernames from names: {@code zoe.celik}, {@code daan.vanderberg}; a number is appended
 * when taken ({@code zoe.celik2}). Only a-z, 0-9 and one dot, so children can type them on any keyboard.
 */
public final class Usernames {

    static final int MAX_BASE_LENGTH = 28;

    private Usernames() {
    }

    public static String base(PersonName name) {
        String first = asciiLetters(name.first());
        String last = asciiLetters(name.infix() + name.last());
        String base = first.isEmpty() ? last : last.isEmpty() ? first : first + "." + last;
        if (base.isEmpty()) {
            base = "leerling";
        }
        return base.length() > MAX_BASE_LENGTH ? base.substring(0, MAX_BASE_LENGTH) : base;
    }

    public static String candidate(String base, int attempt) {
        return attempt <= 1 ? base : base + attempt;
    }

    static String asciiLetters(String text) {
        // Turkish dotless i and a few letters NFD does not decompose
        String mapped = text.replace('ı', 'i').replace('İ', 'I').replace("ß", "ss").replace("æ", "ae").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d");
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
