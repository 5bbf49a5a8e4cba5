package nl.schoolsupport.poortwachter.merge.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/**
 * A generator of realistic synthetic schools for measuring the matcher. It models a Dutch primary school now
 * (the Basispoort import) and a year ago (the old accounts): families with siblings and twins, groups that go
 * up a year (some repeat or skip, class letters change), groep-8 leavers, movers, newcomers, duplicates, test
 * accounts, teachers named "Juf Marieke", and the name noise schools really produce. It plants the hard
 * negatives the matcher must never merge: twins and siblings, the same full name twice in a school, and a pupil
 * who left whose name equals a newcomer's (names drawn by the square of their frequency, as such coincidences
 * are in reality). Deterministic per seed.
 *
 * <p>The name lists here are the generator's own and deliberately wider than the matcher's tables: most
 * children carry names the matcher has never seen.
 */
public final class SyntheticSchools {

    private static final int REFERENCE_YEAR = 2026;

    /**
     * Planted same-name coincidences draw from the common names only (true) or from every name by its squared
     * share (false). Common only is the realistic case at real scale (with hundreds of thousands of rare names
     * a coincidence in the tail is vanishingly rare); the synthetic tails here are smaller, so the full draw is
     * a harsher stress test, reported in docs/merge.md as residual risk.
     */
    static boolean COMMON_NAME_COINCIDENCES = true;

    private final Random rng;
    private final String code;
    private final int schoolIndex;
    private int legacyCounter;
    private int importedCounter;

    private final List<MatchAccount> legacy = new ArrayList<>();
    private final List<MatchAccount> imported = new ArrayList<>();
    private final Map<String, String> truth = new LinkedHashMap<>();
    private final Map<String, Set<Phenomenon>> phenomena = new LinkedHashMap<>();
    private final Set<String> hardNegatives = new HashSet<>();
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, String> eckIds = new HashMap<>();

    private SyntheticSchools(long seed, int schoolIndex) {
        this.rng = new Random(seed * 1_000_003L + schoolIndex);
        this.schoolIndex = schoolIndex;
        this.code = String.format(Locale.ROOT, "%02d%c%c%02d", schoolIndex % 100, (char) ('A' + (schoolIndex / 100) % 26),
                (char) ('A' + (schoolIndex / 2600) % 26), (schoolIndex / 67600) % 100);
    }

    /** School number {@code schoolIndex} of the set drawn with {@code seed}. */
    public static SyntheticSchool generate(long seed, int schoolIndex) {
        return new SyntheticSchools(seed, schoolIndex).build();
    }

    // ------------------------------------------------------------------ people

    private enum Origin { DUTCH, TURKISH, MOROCCAN, OTHER }

    private static final class Child {
        String first;
        String infix;
        String last;
        Origin origin;
        int groupNow;          // 1..8, 0 = not at school now
        char letterNow = ' ';
        int groupLast;         // 1..8, 0 = not at school last year
        char letterLast = ' ';
        String importedId;
        final Set<Phenomenon> labels = EnumSet.noneOf(Phenomenon.class);
        Child twin;
        List<Child> family = List.of();
    }

    private SyntheticSchool build() {
        int pupils = 80 + rng.nextInt(240);
        List<Child> now = new ArrayList<>();
        while (now.size() < pupils) {
            now.addAll(family(1 + (rng.nextDouble() < 0.4 ? 1 + (rng.nextDouble() < 0.25 ? 1 : 0) : 0), true));
        }
        // last year's situation of today's pupils
        for (Child c : now) {
            if (c.groupNow == 1 || rng.nextDouble() < 0.06) {
                c.groupLast = 0; // newcomer
                continue;
            }
            double r = rng.nextDouble();
            if (r < 0.03) {
                c.groupLast = c.groupNow;
                c.labels.add(Phenomenon.REPEATED_YEAR);
            } else if (r < 0.04 && c.groupNow >= 3) {
                c.groupLast = c.groupNow - 2;
                c.labels.add(Phenomenon.SKIPPED_YEAR);
            } else {
                c.groupLast = c.groupNow - 1;
            }
        }
        assignLetters(now, pupils);
        // who left: the whole groep 8 and some movers; some of them are siblings of pupils who stayed
        List<Child> left = new ArrayList<>();
        int leavers = pupils / 8 + 1;
        for (int k = 0; k < leavers; k++) {
            Child c = leaverLike(now);
            c.groupLast = 8;
            c.labels.add(Phenomenon.LEFT_GROEP_8);
            left.add(c);
        }
        int movers = Math.max(1, pupils / 25);
        for (int k = 0; k < movers; k++) {
            Child c = leaverLike(now);
            c.groupLast = 1 + rng.nextInt(7);
            c.labels.add(Phenomenon.DEPARTED);
            left.add(c);
        }
        for (Child c : left) {
            c.letterLast = pupils > 220 ? (rng.nextBoolean() ? 'a' : 'b') : ' ';
        }
        // hard negative: a pupil who left and a newcomer with exactly the same name, in a group that fits
        if (rng.nextDouble() < 0.5) {
            Child newcomer = null;
            for (Child c : now) {
                if (c.groupLast == 0 && c.groupNow >= 2 && c.groupNow <= 8) {
                    newcomer = c;
                    break;
                }
            }
            if (newcomer != null) {
                Origin o = coincidenceOrigin();
                newcomer.origin = o;
                String[] surname = splitInfix(surnames(o).sampleSquared(rng, COMMON_NAME_COINCIDENCES));
                newcomer.first = firstNames(o, rng.nextBoolean()).sampleSquared(rng, COMMON_NAME_COINCIDENCES);
                newcomer.infix = surname[0];
                newcomer.last = surname[1];
                Child gone = new Child();
                gone.origin = o;
                gone.first = newcomer.first;
                gone.infix = newcomer.infix;
                gone.last = newcomer.last;
                gone.groupLast = newcomer.groupNow - 1;
                gone.letterLast = newcomer.letterNow;
                gone.labels.add(Phenomenon.DEPARTED_SAME_NAME_AS_NEW);
                newcomer.labels.add(Phenomenon.DEPARTED_SAME_NAME_AS_NEW);
                left.add(gone);
                gone.twin = newcomer; // remembered for the hard-negative pair
            }
        }
        // hard negative: the same full name twice in one school, both children present in both lists
        if (rng.nextDouble() < 0.2) {
            List<Child> stayers = now.stream().filter(c -> c.groupLast > 0).toList();
            if (stayers.size() > 10) {
                Child a = stayers.get(rng.nextInt(stayers.size()));
                Child b = stayers.get(rng.nextInt(stayers.size()));
                if (a != b) {
                    Origin o = coincidenceOrigin();
                    String[] surname = splitInfix(surnames(o).sampleSquared(rng, COMMON_NAME_COINCIDENCES));
                    String first = firstNames(o, rng.nextBoolean()).sampleSquared(rng, COMMON_NAME_COINCIDENCES);
                    for (Child c : List.of(a, b)) {
                        c.origin = o;
                        c.first = first;
                        c.infix = surname[0];
                        c.last = surname[1];
                        c.labels.add(Phenomenon.SAME_NAME_TWICE);
                    }
                }
            }
        }

        for (Child c : now) {
            c.importedId = String.valueOf(1_000_000L + schoolIndex * 10_000L + importedCounter++);
            imported.add(importedPupil(c));
        }
        for (Child c : now) {
            if (c.groupLast > 0) {
                addLegacyPupil(c, c.labels, Optional.of(c.importedId));
                if (rng.nextDouble() < 0.015) {
                    Set<Phenomenon> dup = EnumSet.copyOf(c.labels);
                    dup.add(Phenomenon.DUPLICATE);
                    phenomena.get(lastLegacyId()).add(Phenomenon.DUPLICATE);
                    addLegacyPupil(c, dup, Optional.of(c.importedId));
                }
            }
        }
        for (Child c : left) {
            String legacyId = addLegacyPupil(c, c.labels, Optional.empty());
            if (c.twin != null) {
                hardNegatives.add(legacyId + "|" + c.twin.importedId);
            }
        }
        hardNegativesAmongFamilies(now);
        testAccounts();
        teachers(pupils);
        return new SyntheticSchool(code, legacy, imported, truth, phenomena, hardNegatives, usernames, eckIds);
    }

    private String lastLegacyId() {
        return legacy.get(legacy.size() - 1).id();
    }

    /** Children of one family: same origin and surname, different groups; sometimes twins. */
    private List<Child> family(int size, boolean atSchoolNow) {
        Origin origin = origin();
        String[] surname = splitInfix(surnames(origin).sample(rng));
        List<Child> kids = new ArrayList<>();
        Set<Integer> groups = new HashSet<>();
        boolean twins = size >= 2 && rng.nextDouble() < 0.08;
        for (int k = 0; k < size; k++) {
            Child c = new Child();
            c.origin = origin;
            c.infix = surname[0];
            c.last = surname[1];
            if (twins && k == 1) {
                Child other = kids.get(0);
                c.groupNow = other.groupNow;
                c.first = twinName(other);
                c.twin = other;
                other.twin = c;
                c.labels.add(Phenomenon.TWIN);
                other.labels.add(Phenomenon.TWIN);
            } else {
                int group;
                do {
                    group = 1 + rng.nextInt(8);
                } while (!groups.add(group) && groups.size() < 8);
                c.groupNow = group;
                c.first = firstNames(origin, rng.nextBoolean()).sample(rng);
            }
            kids.add(c);
        }
        if (size > 1) {
            for (Child c : kids) {
                c.family = kids;
                if (c.twin == null) {
                    c.labels.add(Phenomenon.SIBLING);
                }
            }
        }
        return kids;
    }

    private static final String[][] SIMILAR_TWINS = {{"Tim", "Tom"}, {"Fleur", "Floor"}, {"Noah", "Noa"}, {"Milan", "Mila"},
        {"Julian", "Julia"}, {"Sem", "Sam"}, {"Lars", "Lara"}, {"Daan", "Dean"}, {"Jesse", "Jessy"}, {"Ilias", "Ilyas"}};

    private String twinName(Child other) {
        if (rng.nextDouble() < 0.3) {
            for (String[] pair : SIMILAR_TWINS) {
                if (pair[0].equals(other.first)) {
                    return pair[1];
                }
                if (pair[1].equals(other.first)) {
                    return pair[0];
                }
            }
            String[] pair = SIMILAR_TWINS[rng.nextInt(SIMILAR_TWINS.length)];
            other.first = pair[0];
            return pair[1];
        }
        String name;
        do {
            name = firstNames(other.origin, rng.nextBoolean()).sample(rng);
        } while (name.equals(other.first));
        return name;
    }

    /** A child who left: often a sibling of a child who stayed (same surname), otherwise a new family. */
    private Child leaverLike(List<Child> now) {
        Child c = family(1, false).get(0);
        if (rng.nextDouble() < 0.3) {
            Child sibling = now.get(rng.nextInt(now.size()));
            c.origin = sibling.origin;
            c.infix = sibling.infix;
            c.last = sibling.last;
            do {
                c.first = firstNames(c.origin, rng.nextBoolean()).sample(rng);
            } while (c.first.equals(sibling.first));
            c.labels.add(Phenomenon.SIBLING);
        }
        return c;
    }

    private void assignLetters(List<Child> now, int pupils) {
        boolean split = pupils > 220;
        for (Child c : now) {
            if (split) {
                c.letterNow = rng.nextBoolean() ? 'a' : 'b';
                c.letterLast = rng.nextDouble() < 0.7 ? c.letterNow : (c.letterNow == 'a' ? 'b' : 'a');
                if (c.groupLast > 0 && c.letterLast != c.letterNow) {
                    c.labels.add(Phenomenon.CLASS_LETTER_CHANGED);
                }
            }
        }
        for (Child c : now) {
            if (c.twin != null) {
                c.letterNow = c.twin.letterNow;
            }
        }
    }

    private void hardNegativesAmongFamilies(List<Child> now) {
        Map<String, List<String>> legacyByImported = new HashMap<>();
        truth.forEach((l, i) -> legacyByImported.computeIfAbsent(i, k -> new ArrayList<>()).add(l));
        for (Child c : now) {
            for (Child sibling : c.family) {
                if (sibling != c) {
                    for (String l : legacyByImported.getOrDefault(c.importedId, List.of())) {
                        hardNegatives.add(l + "|" + sibling.importedId);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ accounts

    private MatchAccount importedPupil(Child c) {
        String eck = "https://ketenid.nl/201703/" + Long.toHexString(rng.nextLong()) + Long.toHexString(rng.nextLong());
        eckIds.put(c.importedId, eck);
        int birthYear = REFERENCE_YEAR - c.groupNow - 4 - (rng.nextDouble() < 0.3 ? 1 : 0);
        return new MatchAccount(c.importedId, Role.PUPIL, PersonName.of(c.first, c.infix, c.last),
                Optional.of(groupText(c.groupNow, c.letterNow, false)), Optional.empty(), Set.of(), 0,
                OptionalInt.of(birthYear));
    }

    private String addLegacyPupil(Child c, Set<Phenomenon> labels, Optional<String> truthId) {
        String id = code + "-L" + (legacyCounter++);
        Set<Phenomenon> applied = EnumSet.noneOf(Phenomenon.class);
        applied.addAll(labels);
        String[] name = noisy(c.first, c.infix, c.last, c.origin, false, applied);
        legacy.add(new MatchAccount(id, Role.PUPIL, PersonName.of(name[0], name[1], name[2]),
                Optional.of(groupText(c.groupLast, c.letterLast, true)), Optional.empty(), Set.of(),
                rng.nextInt(labels.contains(Phenomenon.DUPLICATE) ? 20 : 400), OptionalInt.empty()));
        usernames.put(id, username(c.first, c.last));
        phenomena.put(id, applied);
        truthId.ifPresent(t -> truth.put(id, t));
        return id;
    }

    private String groupText(int year, char letter, boolean legacyStyle) {
        String y = year <= 2 ? "1/2" : String.valueOf(year);
        String l = letter == ' ' ? "" : String.valueOf(letter);
        if (!legacyStyle) {
            return "groep " + y + l;
        }
        double r = rng.nextDouble();
        if (r < 0.5) {
            return "groep " + y + l;
        } else if (r < 0.7) {
            return y + l.toUpperCase(Locale.ROOT);
        } else if (r < 0.85) {
            return "Groep " + y + (l.isEmpty() ? "" : " " + l.toUpperCase(Locale.ROOT));
        }
        return "gr. " + y + l;
    }

    private void testAccounts() {
        String[][] names = {{"Test", "", "Leerling"}, {"Demo", "", "Account"}, {"Leerling", "", "1"}, {"test1", "", ""},
            {"Proef", "", "Kind"}, {"Gast", "", "Gebruiker"}, {"Test", "", "Groep 5"}};
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            String[] t = names[rng.nextInt(names.length)];
            String id = code + "-L" + (legacyCounter++);
            legacy.add(new MatchAccount(id, Role.PUPIL, PersonName.of(t[0], t[1], t[2]), Optional.of("groep " + (1 + rng.nextInt(8))),
                    Optional.empty(), Set.of(), rng.nextInt(5), OptionalInt.empty()));
            usernames.put(id, "test" + k);
            phenomena.put(id, EnumSet.of(Phenomenon.TEST_ACCOUNT));
        }
    }

    private void teachers(int pupils) {
        int n = pupils / 20 + 4;
        for (int k = 0; k < n; k++) {
            Origin o = rng.nextDouble() < 0.9 ? Origin.DUTCH : origin();
            boolean female = rng.nextDouble() < 0.8;
            String first = o == Origin.DUTCH ? (female ? ADULT_WOMEN : ADULT_MEN)[rng.nextInt(ADULT_WOMEN.length)]
                    : firstNames(o, !female).sample(rng);
            String[] surname = splitInfix(surnames(o).sample(rng));
            boolean inLegacy = rng.nextDouble() < 0.9;   // 10% are new this year
            boolean inImported = rng.nextDouble() < 0.9; // 10% left
            String importedId = null;
            if (inImported) {
                importedId = String.valueOf(1_000_000L + schoolIndex * 10_000L + importedCounter++);
                eckIds.put(importedId, "https://ketenid.nl/201703/" + Long.toHexString(rng.nextLong()));
                imported.add(new MatchAccount(importedId, Role.TEACHER, PersonName.of(first, surname[0], surname[1]),
                        Optional.empty(), Optional.empty(), Set.of(), 0, OptionalInt.empty()));
            }
            if (inLegacy) {
                String id = code + "-L" + (legacyCounter++);
                Set<Phenomenon> applied = EnumSet.noneOf(Phenomenon.class);
                if (!inImported) {
                    applied.add(Phenomenon.DEPARTED);
                }
                String[] name = noisy(first, surname[0], surname[1], o, true, applied);
                legacy.add(new MatchAccount(id, Role.TEACHER, PersonName.of(name[0], name[1], name[2]), Optional.empty(),
                        Optional.empty(), Set.of(), rng.nextInt(30), OptionalInt.empty()));
                usernames.put(id, username(first, surname[1]));
                phenomena.put(id, applied);
                if (importedId != null) {
                    truth.put(id, importedId);
                }
            }
        }
    }

    private static String username(String first, String last) {
        return (strip(first) + "." + strip(last)).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }

    // ------------------------------------------------------------------ noise

    /** Applies one kind of noise that fits the name (or none); records it in {@code applied}. */
    private String[] noisy(String first, String infix, String last, Origin origin, boolean teacher, Set<Phenomenon> applied) {
        Map<Phenomenon, Integer> weights = new LinkedHashMap<>();
        weights.put(Phenomenon.CLEAN, 40);
        weights.put(Phenomenon.CASE_WHITESPACE, 8);
        weights.put(Phenomenon.TYPO, 6);
        weights.put(Phenomenon.SWAPPED, 2);
        String full = first + " " + infix + " " + last;
        if (!strip(full).equals(full.replace('ı', 'i').replace('İ', 'I')) && !full.contains("ı") && !full.contains("İ")) {
            weights.put(Phenomenon.DIACRITICS, 6);
        }
        if (full.contains("ı") || full.contains("İ")) {
            weights.put(Phenomenon.TURKISH_DOTLESS_I, 6);
        }
        if (!infix.isEmpty()) {
            weights.put(Phenomenon.INFIX_IN_LAST_NAME, 6);
            weights.put(Phenomenon.INFIX_AFTER_COMMA, 4);
            weights.put(Phenomenon.INFIX_CAPITALISED, 4);
            weights.put(Phenomenon.INFIX_GLUED, 3);
            weights.put(Phenomenon.INFIX_DROPPED, 4);
            weights.put(Phenomenon.INFIX_IN_FIRST_NAME, 3);
        }
        if (full.toLowerCase(Locale.ROOT).contains("ij")) {
            weights.put(Phenomenon.IJ_Y, 6);
        }
        if (NICKNAMES.containsKey(first)) {
            weights.put(Phenomenon.NICKNAME, 8);
        }
        if (VARIANTS.containsKey(first)) {
            weights.put(Phenomenon.SPELLING_VARIANT, 8);
        }
        if (last.startsWith("El ")) {
            weights.put(Phenomenon.EL_PREFIX, 10);
        }
        if (last.contains(" ") && !last.startsWith("El ") || last.contains("-")) {
            weights.put(Phenomenon.DOUBLE_SURNAME_SHORTENED, 10);
        }
        if (teacher) {
            weights.put(Phenomenon.TEACHER_TITLE, 20);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = rng.nextInt(total);
        Phenomenon chosen = Phenomenon.CLEAN;
        for (Map.Entry<Phenomenon, Integer> e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                chosen = e.getKey();
                break;
            }
        }
        applied.add(chosen);
        String f = first;
        String i = infix;
        String l = last;
        switch (chosen) {
            case CLEAN -> { }
            case CASE_WHITESPACE -> {
                f = rng.nextBoolean() ? "  " + f.toUpperCase(Locale.ROOT) : f.toLowerCase(Locale.ROOT) + " ";
                l = rng.nextBoolean() ? l.toUpperCase(Locale.ROOT) : " " + l.toLowerCase(Locale.ROOT);
                i = i.toUpperCase(Locale.ROOT);
            }
            case DIACRITICS -> {
                f = strip(f);
                l = strip(l);
            }
            case TURKISH_DOTLESS_I -> {
                f = f.replace('ı', 'i').replace('İ', 'I');
                l = l.replace('ı', 'i').replace('İ', 'I');
            }
            case INFIX_IN_LAST_NAME -> {
                l = i + " " + l;
                i = "";
            }
            case INFIX_AFTER_COMMA -> {
                l = l + ", " + i;
                i = "";
            }
            case INFIX_CAPITALISED -> i = capitalise(i);
            case INFIX_GLUED -> {
                l = capitalise((i + l.toLowerCase(Locale.ROOT)).replace(" ", ""));
                i = "";
            }
            case INFIX_DROPPED -> i = "";
            case INFIX_IN_FIRST_NAME -> {
                f = f + " " + i;
                i = "";
            }
            case IJ_Y -> {
                f = f.replace("ij", "y").replace("IJ", "Y").replace("Ij", "Y");
                l = l.replace("ij", "y").replace("IJ", "Y").replace("Ij", "Y");
            }
            case TYPO -> {
                if (rng.nextBoolean() && f.length() >= 4) {
                    f = typo(f);
                } else if (l.length() >= 4) {
                    l = typo(l);
                } else {
                    f = typo(f);
                }
            }
            case NICKNAME -> {
                String[] options = NICKNAMES.get(first);
                f = options[rng.nextInt(options.length)];
            }
            case SPELLING_VARIANT -> {
                String[] options = VARIANTS.get(first);
                f = options[rng.nextInt(options.length)];
            }
            case EL_PREFIX -> {
                String rest = l.substring(3);
                l = rng.nextBoolean() ? "El" + rest.toLowerCase(Locale.ROOT) : rest;
            }
            case DOUBLE_SURNAME_SHORTENED -> {
                String[] parts = l.contains("-") ? l.split("-", 2) : l.split(" ", 2);
                l = parts[0];
            }
            case SWAPPED -> {
                String oldFirst = f;
                f = (i.isEmpty() ? "" : i + " ") + l;
                i = "";
                l = oldFirst;
            }
            case TEACHER_TITLE -> {
                String title = rng.nextDouble() < 0.8 ? "Juf" : "Meester";
                if (rng.nextBoolean()) {
                    l = f;
                    f = title;
                } else {
                    f = title + " " + f;
                    l = "";
                }
                i = "";
            }
            default -> throw new IllegalStateException(chosen.name());
        }
        if (chosen != Phenomenon.CLEAN && chosen != Phenomenon.TYPO && rng.nextDouble() < 0.15) {
            // real records often carry two kinds of noise at once
            if (rng.nextBoolean()) {
                applied.add(Phenomenon.TYPO);
                if (l.length() >= 4 && rng.nextBoolean()) {
                    l = typo(l);
                } else if (f.length() >= 4) {
                    f = typo(f);
                }
            } else {
                applied.add(Phenomenon.CASE_WHITESPACE);
                f = f.toUpperCase(Locale.ROOT);
                l = l.toLowerCase(Locale.ROOT);
            }
        }
        return new String[] {f, i, l};
    }

    private String typo(String word) {
        String letters = "abcdefghijklmnoprstuvwz";
        int at = 1 + rng.nextInt(word.length() - 1);
        String result;
        do {
            int op = rng.nextInt(3);
            char c = letters.charAt(rng.nextInt(letters.length()));
            result = switch (op) {
                case 0 -> word.substring(0, at) + c + word.substring(at + 1);
                case 1 -> word.substring(0, at) + word.substring(at + 1);
                default -> word.substring(0, at) + c + word.substring(at);
            };
        } while (result.equalsIgnoreCase(word));
        return result;
    }

    private static String capitalise(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ı', 'i');
    }

    /** "van den Berg" → {"van den", "Berg"}; "Jansen van Dijk" stays one surname. */
    private static String[] splitInfix(String surname) {
        String[] words = surname.split(" ");
        int k = 0;
        while (k < words.length - 1 && Character.isLowerCase(words[k].charAt(0))) {
            k++;
        }
        return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)),
            String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))};
    }

    // ------------------------------------------------------------------ name lists

    private static final double[] ORIGIN_SHARE = {0.74, 0.10, 0.10, 0.06};

    /**
     * The origin of two unrelated children who carry the same full name: weighted by how likely such a
     * coincidence is within each origin (share squared times the chance that two names coincide), so a diverse
     * group with many different names rarely produces one.
     */
    private Origin coincidenceOrigin() {
        double[] w = new double[4];
        double total = 0;
        for (Origin o : Origin.values()) {
            double first = (firstNames(o, true).sumOfSquares(COMMON_NAME_COINCIDENCES)
                    + firstNames(o, false).sumOfSquares(COMMON_NAME_COINCIDENCES)) / 4;
            w[o.ordinal()] = ORIGIN_SHARE[o.ordinal()] * ORIGIN_SHARE[o.ordinal()] * first
                    * surnames(o).sumOfSquares(COMMON_NAME_COINCIDENCES);
            total += w[o.ordinal()];
        }
        double x = rng.nextDouble() * total;
        for (Origin o : Origin.values()) {
            x -= w[o.ordinal()];
            if (x < 0) {
                return o;
            }
        }
        return Origin.DUTCH;
    }

    private Origin origin() {
        double r = rng.nextDouble();
        return r < ORIGIN_SHARE[0] ? Origin.DUTCH : r < ORIGIN_SHARE[0] + ORIGIN_SHARE[1] ? Origin.TURKISH
                : r < 1 - ORIGIN_SHARE[3] ? Origin.MOROCCAN : Origin.OTHER;
    }

    private static NamePool firstNames(Origin origin, boolean boy) {
        return switch (origin) {
            case DUTCH -> boy ? DUTCH_BOYS : DUTCH_GIRLS;
            case TURKISH -> boy ? TURKISH_BOYS : TURKISH_GIRLS;
            case MOROCCAN -> boy ? MOROCCAN_BOYS : MOROCCAN_GIRLS;
            case OTHER -> boy ? OTHER_BOYS : OTHER_GIRLS;
        };
    }

    private static NamePool surnames(Origin origin) {
        return switch (origin) {
            case DUTCH -> DUTCH_SURNAMES;
            case TURKISH -> TURKISH_SURNAMES;
            case MOROCCAN -> MOROCCAN_SURNAMES;
            case OTHER -> OTHER_SURNAMES;
        };
    }

    static final Map<String, String[]> NICKNAMES = Map.ofEntries(
            Map.entry("Olivia", new String[] {"Liv", "Livia"}), Map.entry("Johannes", new String[] {"Joost", "Jan", "Hannes"}),
            Map.entry("Sophie", new String[] {"Fie", "Fien"}), Map.entry("Charlotte", new String[] {"Lotte", "Lot"}),
            Map.entry("Sebastiaan", new String[] {"Bas"}), Map.entry("Alexander", new String[] {"Sander", "Alex", "Xander"}),
            Map.entry("Abraham", new String[] {"Bram"}), Map.entry("Daniël", new String[] {"Daan"}),
            Map.entry("Matthijs", new String[] {"Thijs", "Mats"}), Map.entry("Maximiliaan", new String[] {"Max"}),
            Map.entry("Elisabeth", new String[] {"Lisa", "Lies"}), Map.entry("Isabella", new String[] {"Isa", "Bella"}),
            Map.entry("Thomas", new String[] {"Tom"}), Map.entry("Jacob", new String[] {"Jaap"}),
            Map.entry("Catharina", new String[] {"Cato", "Kiki"}), Map.entry("Wilhelmina", new String[] {"Mies", "Willemijn"}));

    static final Map<String, String[]> VARIANTS = Map.ofEntries(
            Map.entry("Mohamed", new String[] {"Mohammed", "Muhammed", "Mohammad"}), Map.entry("Ahmet", new String[] {"Ahmed"}),
            Map.entry("Ömer", new String[] {"Oemer", "Omer"}), Map.entry("Yusuf", new String[] {"Youssef", "Yousef"}),
            Map.entry("Meryem", new String[] {"Maryam", "Meriem"}), Map.entry("Fatima", new String[] {"Fatma"}),
            Map.entry("Hasan", new String[] {"Hassan"}), Map.entry("Sophie", new String[] {"Sofie"}),
            Map.entry("Sara", new String[] {"Sarah"}), Map.entry("Hanna", new String[] {"Hannah"}),
            Map.entry("Lucas", new String[] {"Lukas"}), Map.entry("Yasmina", new String[] {"Yasmine"}),
            Map.entry("Ilias", new String[] {"Ilyas"}), Map.entry("Hüseyin", new String[] {"Huseyin", "Hussein"}),
            Map.entry("Zeynep", new String[] {"Zeinab"}), Map.entry("Ayşe", new String[] {"Aysha", "Aise"}));

    private static final NamePool DUTCH_BOYS = new NamePool()
            .zipf(0.22, "Daan", "Sem", "Lucas", "Levi", "Finn", "Noah", "Milan", "Liam", "Luuk", "Bram", "Jesse", "Thijs",
                    "Sam", "Noud", "Mees", "Max", "Lars", "Julian", "Thomas", "Ruben", "Tim", "Adam", "Gijs", "Siem", "Jayden",
                    "Stijn", "Tijn", "Jens", "Cas", "Teun", "Hugo", "Olivier", "Luca", "Mats", "Boaz", "Jan", "Ryan", "Dex",
                    "Vince", "Owen", "Hidde", "Guus", "Floris", "Jurre", "Benjamin", "Ties", "Tom", "Johannes", "Sebastiaan",
                    "Alexander", "Abraham", "Daniël", "Matthijs", "Maximiliaan", "Jacob", "Dean", "Jessy")
            .uniform(0.66, syntheticFirstNames(true, 0))
            .uniform(0.12, List.of("Wessel", "Sietse", "Jelle", "Ids", "Wiebe", "Reinier", "Maurits", "Casper", "Joris",
                    "Pepijn", "Rutger", "Laurens", "Valentijn", "Lodewijk", "Otto", "Bas", "Koen", "Joep", "Niek", "Rik", "Sjoerd",
                    "Tygo", "Jort", "Quinten", "Wout", "Melle", "Mik", "Ravi", "Aron", "Ezra", "Micha", "Jorn", "Stan", "Sander",
                    "Tobias", "Tijmen", "Huub", "Fedde", "Hessel", "Jochem", "Roel", "Dirk", "Bart", "Kick", "Mels", "Lenn",
                    "Dani", "Dylan", "Kian", "Jayson", "Ilja", "Joas", "Abel", "Job", "Ruud", "Pim", "Chris", "Mart", "Bjorn",
                    "Storm", "Wolf", "Jip", "Lux", "Feike", "Tjeerd", "Gerben", "Ymke", "Anne", "Douwe", "Oene", "Hylke"));

    private static final NamePool DUTCH_GIRLS = new NamePool()
            .zipf(0.22, "Emma", "Julia", "Sophie", "Tess", "Mila", "Zoë", "Sara", "Anna", "Evi", "Noor", "Fenna", "Lotte",
                    "Eva", "Lieke", "Lisa", "Saar", "Nora", "Yara", "Liv", "Fleur", "Isa", "Lynn", "Roos", "Olivia", "Nina",
                    "Elin", "Jasmijn", "Sofie", "Ella", "Maud", "Lina", "Nova", "Luna", "Fem", "Vera", "Esmee", "Femke", "Iris",
                    "Romy", "Jill", "Lana", "Hanna", "Liz", "Suus", "Mia", "Loïs", "Noa", "Sanne", "Floor", "Charlotte",
                    "Elisabeth", "Isabella", "Catharina", "Wilhelmina", "Lara")
            .uniform(0.66, syntheticFirstNames(false, 0))
            .uniform(0.12, List.of("Jente", "Marit", "Hester", "Wietske", "Sietske", "Froukje", "Ilse", "Merel", "Rosalie",
                    "Annelot", "Madelief", "Pien", "Puck", "Benthe", "Isabel", "Kiki", "Lize", "Myrthe", "Naomi", "Nynke",
                    "Anouk", "Britt", "Demi", "Eline", "Fay", "Guusje", "Hidde", "Indy", "Jikke", "Kato", "Linde", "Marijn",
                    "Nienke", "Odette", "Pleun", "Quinty", "Renske", "Silke", "Tirza", "Valerie", "Willemijn", "Xandra", "Yfke",
                    "Zara", "Amber", "Bo", "Cato", "Dewi", "Elise", "Fiene", "Gwen", "Hailey", "Ivy", "Juul", "Kyara",
                    "Loes", "Mirthe", "Nikki", "Ot", "Rixt", "Sterre", "Tamar", "Veerle", "Wende", "Zoey", "Mare", "Jet",
                    "Lisanne", "Mijntje", "Fenne", "Dieke", "Aaltje"));

    private static final NamePool TURKISH_BOYS = new NamePool().uniform(0.3, syntheticFirstNames(true, 1)).zipf(0.5, "Mehmet", "Emir", "Yusuf", "Ömer", "Mustafa",
            "Ahmet", "Ali", "Hasan", "Hüseyin", "Ibrahim", "Kerem", "Burak")
            .uniform(0.2, List.of("Emre", "Arda", "Eymen", "Yiğit", "Efe", "Kaan", "Berat", "Alperen", "Baran", "Serkan",
                    "Tarık", "Oğuz", "Onur", "Volkan", "Batuhan", "Çağan"));
    private static final NamePool TURKISH_GIRLS = new NamePool().uniform(0.3, syntheticFirstNames(false, 1)).zipf(0.5, "Elif", "Zeynep", "Ayşe", "Meryem", "Eslem",
            "Ecrin", "Defne", "Azra", "Yağmur", "İlayda")
            .uniform(0.2, List.of("Büşra", "Hatice", "Esma", "Nisa", "Sude", "Irmak", "Aylin", "Melek", "Ceylin", "Dilara",
                    "Beyza", "Şevval", "Gülsüm", "Nehir", "Ilgın"));
    private static final NamePool MOROCCAN_BOYS = new NamePool().uniform(0.3, syntheticFirstNames(true, 2)).zipf(0.5, "Mohamed", "Ayoub", "Adam", "Rayan", "Yassin",
            "Bilal", "Hamza", "Ilias", "Soufiane", "Anas", "Amin", "Younes", "Yusuf")
            .uniform(0.2, List.of("Othman", "Zakaria", "Nassim", "Ismail", "Imran", "Marouane", "Achraf", "Badr", "Idriss",
                    "Mehdi", "Nabil", "Reda", "Tarik", "Walid", "Zouhair"));
    private static final NamePool MOROCCAN_GIRLS = new NamePool().uniform(0.3, syntheticFirstNames(false, 2)).zipf(0.5, "Fatima", "Aya", "Amira", "Yasmina", "Malak",
            "Hiba", "Salma", "Nour", "Meryem", "Khadija", "Sara")
            .uniform(0.2, List.of("Ikram", "Chaima", "Rania", "Imane", "Soumaya", "Hajar", "Dounia", "Ilham", "Loubna",
                    "Nisrine", "Oumaima", "Safae", "Widad", "Zineb", "Asmae"));
    private static final NamePool OTHER_BOYS = new NamePool().uniform(0.9, syntheticFirstNames(true, 3)).uniform(0.1, List.of("Minh", "Arjun", "Kacper", "Jakub",
            "Mateo", "Santiago", "Kofi", "Kwame", "Dmitri", "Aleksander", "Raj", "Wei", "Jamal", "Omar", "Hassan", "Abdi"));
    private static final NamePool OTHER_GIRLS = new NamePool().uniform(0.9, syntheticFirstNames(false, 3)).uniform(0.1, List.of("Linh", "Priya", "Zofia", "Maja",
            "Valentina", "Lucía", "Ama", "Esi", "Anastasia", "Mei", "Ayaan", "Hodan", "Sagal", "Olena", "Wiktoria"));

    private static final NamePool DUTCH_SURNAMES = new NamePool()
            .zipf(0.14, "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
                    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
                    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
                    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
                    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
                    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Kuijpers", "van Wijk", "Postma", "Kramer")
            .uniform(0.03, doubleSurnames())
            .uniform(0.83, tail());
    private static final NamePool TURKISH_SURNAMES = new NamePool().zipf(0.2, "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik",
            "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan")
            .uniform(0.7, turkishTail())
            .uniform(0.1, List.of("Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karakaya", "Bulut",
                    "Erdoğan", "Güneş", "Tekin", "Akın", "Ünal", "Keskin", "Acar", "Uçar", "Başaran", "Gül", "Türkmen",
                    "Altun", "Bozkurt", "Uysal", "Coşkun", "Kaplan", "Işık", "Yavuz", "Aktaş", "Kılınç"));
    private static final NamePool MOROCCAN_SURNAMES = new NamePool().zipf(0.15, "El Amrani", "El Idrissi", "Bouzid",
            "Benali", "El Ouali", "Azzouzi", "El Khatib", "Boukhari")
            .uniform(0.7, arabicTail("El "))
            .uniform(0.15, List.of("El Hamdaoui", "Haddou", "Bakkali", "Ouahabi", "Achahbar", "Bouchtaoui", "Ziani", "Tahiri",
                    "Essafi", "El Bouazzaoui", "Belhaj", "Chaouki", "El Haddouchi", "Lamrini", "Mansouri", "El Yousfi",
                    "El Mourabit", "Aznag", "Boutaher", "El Kaddouri", "Amezian", "Ait Taleb", "Ouarrak", "El Fassi"));
    private static final NamePool OTHER_SURNAMES = new NamePool().uniform(0.9, arabicTail("")).uniform(0.1, List.of("Nguyen", "Tran", "Singh", "Sharma",
            "Kowalski", "Nowak", "Wiśniewska", "Silva", "Santos", "Mensah", "Boateng", "Ivanov", "Kovalenko", "Wang", "Li",
            "Khan", "Ahmed", "Hassan", "Ali", "Abdi", "Warsame", "Osei", "Pereira", "García", "Müller"));

    private static final String[] ADULT_WOMEN = {"Marieke", "Anouk", "Sandra", "Esther", "Linda", "Petra", "Kim", "Sanne",
        "Iris", "Lisa", "Ellen", "Monique", "Annemiek", "Judith", "Ingrid", "Wendy", "Mirjam", "Karin", "Nicole", "Femke",
        "Janneke", "Marloes", "Suzanne", "Renate", "Astrid", "Bianca", "Carla", "Debby", "Eva", "Heleen"};
    private static final String[] ADULT_MEN = {"Bram", "Mark", "Jeroen", "Dennis", "Bas", "Martijn", "Erik", "Peter", "Rob",
        "Jan", "Kees", "Wouter", "Hans", "Maarten", "Arjen", "Niels", "Ruben", "Tim", "Joost", "Gert", "Harm", "Jasper",
        "Koen", "Luuk", "Michiel", "Olaf", "Pieter", "Remco", "Sander", "Thijs"};

    /**
     * The long tail of Dutch surnames: about 100,000 compounds the matcher's tables do not list, some with a
     * tussenvoegsel. Real surnames are this long-tailed: the hundred most common cover only about 15% of people.
     */
    private static List<String> tail() {
        String[] heads = {"Ver", "Bloem", "Haver", "Kooi", "Wester", "Ooster", "Zuider", "Noord", "Hof", "Brink", "Dam",
            "Molen", "Kerk", "Linde", "Eike", "Boom", "Heuvel", "Stee", "Knol", "Mol", "Rooij", "Bree", "Kui", "Hoog",
            "Laag", "Groen", "Wit", "Zand", "Steen", "Water", "Veen", "Weide", "Akker", "Hout", "Vijver", "Loo", "Beuk",
            "Blauw", "Geel", "Roode", "Zwart", "Klein", "Groot", "Lang", "Kort", "Brug", "Sluis", "Polder", "Haven", "Burg",
            "Stad", "Dorp", "Kamp", "Wal", "Gracht", "Hage", "Hees", "Bosch", "Ham", "Horn"};
        String[] middles = {"", "e", "en", "er", "s", "el", "ing"};
        String[] tails = {"man", "mans", "huis", "kamp", "veld", "berg", "stra", "sma", "ink", "ing", "er", "ers", "hof",
            "land", "horst", "beek", "meijer", "dijk", "broek", "zaal", "wijk", "kes", "inga", "boer", "wold", "dal",
            "rode", "lo", "naar", "ma", "ga"};
        String[] infixes = {"van", "van de", "van der", "de", "ter", "van den", "in 't"};
        List<String> names = new ArrayList<>();
        int k = 0;
        String[] endings = {"", "s", "e", "er", "ink", "a", "en", "ert"};
        for (String h : heads) {
            for (String m : middles) {
                for (String t : tails) {
                    for (String e : endings) {
                        String name = h + m + t + e;
                        names.add(k % 6 == 0 ? infixes[(k / 6) % infixes.length] + " " + name : name);
                        k++;
                    }
                }
            }
        }
        return names;
    }

    /** Double surnames: two common surnames joined, as parents choose them. */
    private static List<String> doubleSurnames() {
        String[] a = {"Jansen", "Bakker", "Visser", "Smit", "Mulder", "Bos", "Dekker", "Brouwer", "Kok", "Prins"};
        String[] b = {"van Dijk", "de Vries", "de Boer", "van der Meer", "de Groot", "van Wijk", "de Wit", "van Beek"};
        List<String> names = new ArrayList<>();
        for (String x : a) {
            for (String y : b) {
                names.add(x + " " + y);
                names.add(x + "-" + y);
            }
        }
        return names;
    }

    /** Surnames from syllables, with an optional article ("El "): a long tail for Moroccan and other origins. */
    private static List<String> arabicTail(String article) {
        String[] first = {"Bou", "Ben", "Ait", "Ou", "Ha", "Za", "Ka", "Ta", "Me", "La", "Ch", "Ra", "Sa", "Ya", "No"};
        String[] second = {"zi", "ha", "ra", "ka", "ma", "na", "sa", "ba", "dd", "ll", "ss", "kh"};
        String[] third = {"ani", "oui", "ati", "iri", "ali", "ari", "ouni", "ssi", "aoui", "ouri", "ski", "enko", "ova"};
        List<String> names = new ArrayList<>();
        int k = 0;
        for (String a : first) {
            for (String b : second) {
                for (String c : third) {
                    names.add((!article.isEmpty() && k++ % 3 == 0 ? article : "") + a + b + c);
                }
            }
        }
        return names;
    }

    /** Turkish surnames are compounds too: Kara+kaya, Öz+türk, Ak+taş. */
    private static List<String> turkishTail() {
        String[] heads = {"Ak", "Kara", "Öz", "Er", "Gül", "Demir", "Tek", "Bay", "Ay", "Şen", "Türk", "Uz", "Can", "Al",
            "Koca", "Yurt", "Taş", "Gök", "Bal", "Kaya"};
        String[] tails = {"taş", "kaya", "türk", "dağ", "han", "oğlu", "er", "man", "soy", "can", "yiğit", "kurt", "bulut",
            "aslan", "el", "ok", "çelik", "göz"};
        List<String> names = new ArrayList<>();
        for (String h : heads) {
            for (String t : tails) {
                names.add(h + t);
            }
        }
        return names;
    }

    /**
     * Rare first names: a long tail of names no table lists (Joris, Miek, Banne...), in the sound of each origin
     * (0 Dutch, 1 Turkish, 2 Moroccan, 3 other). Real first names are long-tailed: the hundred most common cover
     * well under half of the children.
     */
    private static List<String> syntheticFirstNames(boolean boy, int origin) {
        String[][] onsetSets = {
            {"B", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "V", "W", "Z", "Br", "Fl", "St", "Gr", "Kr"},
            {"Ay", "Be", "Ce", "De", "E", "Gö", "Ha", "I", "Ka", "Me", "Ne", "O", "Se", "Tu", "Yu", "Zü", "Ba", "Ça", "Sü", "Öz"},
            {"A", "Ba", "Da", "Fa", "Ha", "I", "Ja", "Ka", "Ma", "Na", "Ou", "Ra", "Sa", "Ta", "Wa", "Ya", "Za", "Kh", "Ch", "Mo"},
            {"Ko", "Wa", "Ma", "Ni", "Sa", "Ta", "Lu", "Ji", "Da", "Pa", "Ro", "Ve", "Ki", "Ola", "Emi", "Ana", "Ige", "Uzo"}};
        String[] onsets = onsetSets[origin];
        String[] vowels = origin == 0 ? new String[] {"a", "e", "i", "o", "u", "aa", "ee", "ie", "oo", "ui", "ij", "eu"}
                : new String[] {"a", "e", "i", "o", "u", "ra", "li", "ne", "mi", "da", "ke", "sa"};
        String[] codas = boy ? new String[] {"n", "s", "rt", "k", "m", "rk", "nd", "ck", "x", "b", "d", "l"}
                : new String[] {"", "ne", "ke", "ja", "la", "ra", "se", "tje", "na", "l", "n", "ssa"};
        String[] endings = {"", "o", "i", "ke", "y", "an", "el", "ie", "us", "a"};
        List<String> names = new ArrayList<>();
        for (String o : onsets) {
            for (String v : vowels) {
                for (String c : codas) {
                    for (String e : endings) {
                        names.add(o + v + c + e);
                    }
                }
            }
        }
        return names;
    }
}
