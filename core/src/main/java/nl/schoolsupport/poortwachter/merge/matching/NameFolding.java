package nl.schoolsupport.poortwachter.merge.matching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name part to the form names are compared in: lower case, no diacritics, letters and digits only,
 * single spaces, and {@code ij} written as {@code y} (Dijk/Dyk, Meijer/Meyer are one spelling to a school).
 *
 * <p>{@link Normalizer} (NFKD) removes the combining marks of Zoë, Çelik, Öztürk and İlayda. A few letters do
 * not decompose and are mapped by hand: the Turkish dotless ı, ø, ß, æ, œ, ł, đ. That short list is why
 * ICU4J (a 14 MB dependency) is not needed: its transliterator would give the same results for the scripts
 * school registrations use. Apostrophes are dropped ('t Hart → t hart), hyphens and other punctuation
 * become spaces (Jansen-van Dijk → jansen van dyk).
 */
public final class NameFolding {

    private NameFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String mapped = switch (c) {
                case 'ı' -> "i";
                case 'ø' -> "o";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case '\'', '\u2019', '\u2018', '`', '\u00b4' -> "";
                default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : " ";
            };
            if (mapped.equals(" ")) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else if (!mapped.isEmpty()) {
                sb.append(mapped);
                space = false;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return replaceIj(sb);
    }

    private static String replaceIj(StringBuilder sb) {
        int at = sb.indexOf("ij");
        while (at >= 0) {
            sb.replace(at, at + 2, "y");
            at = sb.indexOf("ij", at + 1);
        }
        return sb.toString();
    }
}
