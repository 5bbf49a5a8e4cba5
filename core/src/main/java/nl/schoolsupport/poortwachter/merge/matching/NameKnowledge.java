package nl.schoolsupport.poortwachter.merge.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about Dutch names, from curated tables shipped as resources: tussenvoegsels, titles
 * teachers are called by, words that mark test accounts, spelling variants and nicknames of first names, and
 * how common first names and surnames are. Immutable; {@link #standard()} loads the tables once.
 */
public final class NameKnowledge {

    /** Tussenvoegsels and the Arabic article, folded ("'t" → "t", "v.d." → "v d"). */
    static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "t", "te", "ten", "ter", "in", "op", "n",
            "la", "le", "du", "da", "del", "della", "di", "dos", "das", "do", "el", "al", "von", "zu", "uit", "aan", "bij",
            "onder", "over", "v", "vd", "d");

    /** Particles that are written glued to the surname ("Vandenberg", "Elamrani"); longest first. */
    static final List<String> GLUED_PREFIXES = List.of("vanden", "vander", "vande", "vant", "van", "den", "der", "ter",
            "ten", "el", "al", "de");

    /** How pupils address teachers; legacy accounts are often named "Juf Marieke" or "Meester Bram". */
    static final Set<String> TITLES = Set.of("juf", "juffrouw", "juffie", "meester", "mr", "meneer", "mevrouw", "mevr", "mw",
            "mvr", "dhr", "heer");

    /** Words that make an account a test or demo account, never a person. */
    static final Set<String> TEST_WORDS = Set.of("test", "testaccount", "testleerling", "testleerkracht", "demo", "proef",
            "voorbeeld", "dummy", "gast", "guest", "admin", "beheer", "beheerder", "leerling", "leerkracht", "docent", "leraar",
            "nep", "fake", "xxx", "xx", "asdf", "qwerty", "example", "sample", "tmp", "temp", "oefen", "oefenaccount",
            "invaller", "invalkracht", "stagiair", "stagiaire", "klas", "groep");

    /** Share assumed for a name the tables do not list: rarer than the rarest listed one. */
    static final double UNLISTED_FIRST_NAME_SHARE = 0.0002;
    /** Adults' first names are far less varied than children's. */
    static final double UNLISTED_ADULT_FIRST_NAME_SHARE = 0.001;
    static final double UNLISTED_SURNAME_SHARE = 0.0001;

    private static final String BASE = "/nl/schoolsupport/poortwachter/merge/matching/";

    private final Map<String, String> variantCanonical;
    private final Map<String, Set<Integer>> nicknameGroups;
    private final Map<String, Double> firstNameShare;
    private final Map<String, Double> adultFirstNameShare;
    private final Map<String, Double> surnameShare;

    private NameKnowledge(Map<String, String> variantCanonical, Map<String, Set<Integer>> nicknameGroups,
            Map<String, Double> firstNameShare, Map<String, Double> adultFirstNameShare, Map<String, Double> surnameShare) {
        this.variantCanonical = Map.copyOf(variantCanonical);
        this.nicknameGroups = Map.copyOf(nicknameGroups);
        this.firstNameShare = Map.copyOf(firstNameShare);
        this.adultFirstNameShare = Map.copyOf(adultFirstNameShare);
        this.surnameShare = Map.copyOf(surnameShare);
    }

    public static NameKnowledge standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NameKnowledge STANDARD = load();
    }

    private static NameKnowledge load() {
        Map<String, String> variants = new HashMap<>();
        for (String line : lines("spelling-variants.txt")) {
            String[] names = line.split("\\s+");
            String canonical = NameFolding.fold(names[0]);
            for (String name : names) {
                variants.put(NameFolding.fold(name), canonical);
            }
        }
        Map<String, Set<Integer>> nicknames = new HashMap<>();
        int group = 0;
        for (String line : lines("nicknames.txt")) {
            int colon = line.indexOf(':');
            List<String> names = new ArrayList<>();
            names.add(line.substring(0, colon));
            names.addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
            for (String name : names) {
                nicknames.computeIfAbsent(NameFolding.fold(name), k -> new HashSet<>()).add(group);
            }
            group++;
        }
        nicknames.replaceAll((k, v) -> Set.copyOf(v));
        Map<String, Double> first = new HashMap<>();
        for (String line : lines("first-names.tsv")) {
            String[] cells = line.split("\t");
            // keyed by canonical spelling: Mohamed and Mohammed are one name when counting namesakes
            String folded = NameFolding.fold(cells[0]);
            first.merge(variants.getOrDefault(folded, folded), Double.parseDouble(cells[1]), Double::sum);
        }
        Map<String, Double> adults = new HashMap<>();
        for (String line : lines("adult-first-names.tsv")) {
            String[] cells = line.split("\t");
            String folded = NameFolding.fold(cells[0]);
            adults.merge(variants.getOrDefault(folded, folded), Double.parseDouble(cells[1]), Double::sum);
        }
        Map<String, Double> surnames = new HashMap<>();
        for (String line : lines("surnames.tsv")) {
            String[] cells = line.split("\t");
            // keyed by the core (particles removed): "de jong" and "jong" are one name to the matcher
            surnames.merge(ParsedName.coreOf(NameFolding.fold(cells[0])), Double.parseDouble(cells[1]), Double::sum);
        }
        return new NameKnowledge(variants, nicknames, first, adults, surnames);
    }

    private static List<String> lines(String resource) {
        InputStream in = NameKnowledge.class.getResourceAsStream(BASE + resource);
        if (in == null) {
            throw new IllegalStateException("name table " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> result = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    result.add(stripped);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("reading name table " + resource, e);
        }
    }

    /** The canonical spelling of a folded first name (Mohammed → mohamed), or the name itself. */
    public String canonicalSpelling(String foldedFirstName) {
        return variantCanonical.getOrDefault(foldedFirstName, foldedFirstName);
    }

    /** Whether two folded first names are a nickname and its official name (or two nicknames of one name). */
    public boolean nicknameRelated(String a, String b) {
        Set<Integer> ga = nicknameGroups.get(a);
        if (ga == null) {
            return false;
        }
        Set<Integer> gb = nicknameGroups.get(b);
        if (gb == null) {
            return false;
        }
        for (Integer g : ga) {
            if (gb.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** The nickname groups a folded first name belongs to (empty if none). */
    public Set<Integer> nicknameGroups(String foldedFirstName) {
        return nicknameGroups.getOrDefault(foldedFirstName, Set.of());
    }

    /** Approximate share of children carrying this folded first name. */
    public double firstNameShare(String foldedFirstName) {
        Double share = firstNameShare.get(canonicalSpelling(foldedFirstName));
        return share == null ? UNLISTED_FIRST_NAME_SHARE : share;
    }

    /** Approximate share of teachers carrying this folded first name. */
    public double adultFirstNameShare(String foldedFirstName) {
        Double share = adultFirstNameShare.get(canonicalSpelling(foldedFirstName));
        return share == null ? Math.max(UNLISTED_ADULT_FIRST_NAME_SHARE, firstNameShare(foldedFirstName)) : share;
    }

    /** Approximate share of people carrying this surname core (particles removed). */
    public double surnameShare(String surnameCore) {
        Double share = surnameShare.get(surnameCore);
        return share == null ? UNLISTED_SURNAME_SHARE : share;
    }
}
