package nl.schoolsupport.poortwachter.merge.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.schoolsupport.poortwachter.account.PersonName;

/**
 * A name taken apart the way Dutch school lists write it, folded ({@link NameFolding}) for comparison.
 *
 * <p>Tussenvoegsels are collected wherever they were typed: in the infix field, in front of the last name
 * ("van den Berg"), after a comma ("Berg, van den"), or at the end of the first-name field ("Daan van den").
 * Titles ("Juf Marieke", "Meester Bram") are removed; when only a title and one name remain, that name is the
 * first name. The surname is kept in three forms: {@code compact} (particles and name without spaces, so
 * "van den Berg" and "Vandenberg" are equal), {@code core} (particles removed, so a dropped "van" does not
 * matter) and, for a single glued word, {@code deglued} ("Elamrani" → "amrani").
 *
 * @param given      folded first name(s) without titles, e.g. "anna maria"
 * @param givenFirst the first of those names
 * @param surnameCompact particles plus surname, no spaces
 * @param surnameCore surname without particles, no spaces
 * @param coreTokens the surname's words without particles ("jansen", "dyk" for Jansen van Dijk)
 * @param deglued    the surname with a glued particle prefix removed, or empty
 * @param titled     the account was named by a title (juf, meester)
 * @param testLike   the name marks a test or demo account
 */
public record ParsedName(String given, String givenFirst, String surnameCompact, String surnameCore, List<String> coreTokens,
        String deglued, boolean titled, boolean testLike) {

    private static final int MIN_DEGLUED_LENGTH = 4;

    public static ParsedName parse(PersonName name) {
        List<String> first = tokens(NameFolding.fold(name.first()));
        List<String> infix = new ArrayList<>(tokens(NameFolding.fold(name.infix())));
        String lastRaw = name.last();
        List<String> last;
        int comma = lastRaw.indexOf(',');
        if (comma >= 0) {
            // "Berg, van den" or "Berg, Daan van den": name before the comma, particles (and maybe a first name) after
            List<String> right = tokens(NameFolding.fold(lastRaw.substring(comma + 1)));
            int particlesFrom = right.size();
            while (particlesFrom > 0 && NameKnowledge.PARTICLES.contains(right.get(particlesFrom - 1))) {
                particlesFrom--;
            }
            List<String> moved = new ArrayList<>(right.subList(particlesFrom, right.size()));
            moved.addAll(infix);
            infix = moved;
            if (first.isEmpty()) {
                first = new ArrayList<>(right.subList(0, particlesFrom));
            }
            last = new ArrayList<>(tokens(NameFolding.fold(lastRaw.substring(0, comma))));
        } else {
            last = new ArrayList<>(tokens(NameFolding.fold(lastRaw)));
        }
        first = new ArrayList<>(first);

        boolean testLike = isTestLike(first) || isTestLike(infix) || isTestLike(last);
        boolean titled = false;
        while (!first.isEmpty() && NameKnowledge.TITLES.contains(first.get(0))) {
            first.remove(0);
            titled = true;
        }
        if (first.isEmpty()) {
            while (!last.isEmpty() && NameKnowledge.TITLES.contains(last.get(0))) {
                last.remove(0);
                titled = true;
            }
        }
        if (titled && first.isEmpty() && infix.isEmpty() && last.size() == 1) {
            // "Juf" + "Marieke": the remaining word is what the children call her, a first name
            first.add(last.remove(0));
        }
        while (first.size() > 1 && NameKnowledge.PARTICLES.contains(first.get(first.size() - 1))) {
            infix.add(0, first.remove(first.size() - 1));
        }
        while (last.size() > 1 && NameKnowledge.PARTICLES.contains(last.get(0))) {
            infix.add(last.remove(0));
        }
        List<String> core = new ArrayList<>();
        for (String token : last) {
            if (!NameKnowledge.PARTICLES.contains(token)) {
                core.add(token);
            }
        }
        String compact = String.join("", infix) + String.join("", last);
        String coreText = String.join("", core);
        String deglued = "";
        if (last.size() == 1 && infix.isEmpty()) {
            deglued = deglue(last.get(0));
        }
        String given = String.join(" ", first);
        return new ParsedName(given, first.isEmpty() ? "" : first.get(0), compact, coreText, List.copyOf(core), deglued,
                titled, testLike);
    }

    /** The surname core of a folded surname as written in a table ("van den berg" → "berg"). */
    static String coreOf(String foldedSurname) {
        StringBuilder sb = new StringBuilder();
        for (String token : tokens(foldedSurname)) {
            if (!NameKnowledge.PARTICLES.contains(token)) {
                sb.append(token);
            }
        }
        return sb.toString();
    }

    private static String deglue(String word) {
        for (String prefix : NameKnowledge.GLUED_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_DEGLUED_LENGTH) {
                return word.substring(prefix.length());
            }
        }
        return "";
    }

    private static boolean isTestLike(List<String> tokens) {
        for (String token : tokens) {
            if (NameKnowledge.TEST_WORDS.contains(token)) {
                return true;
            }
            for (int i = 0; i < token.length(); i++) {
                if (Character.isDigit(token.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> tokens(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    public boolean hasGiven() {
        return !given.isEmpty();
    }

    public boolean hasSurname() {
        return !surnameCompact.isEmpty();
    }

    /** The first name without spaces, for comparing against a surname when first and last were swapped. */
    public String givenCompact() {
        return given.replace(" ", "");
    }
}
