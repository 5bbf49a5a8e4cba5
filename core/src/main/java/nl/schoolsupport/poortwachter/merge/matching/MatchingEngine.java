package nl.schoolsupport.poortwachter.merge.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.merge.matching.GroupYears.GroupFit;

/**
 * Matches the legacy accounts of one school to the accounts imported from the directory. Pure and thread-safe:
 * no database, no I/O; the merge API and the merge-preview CLI both call {@link #match}.
 *
 * <p>Steps, per role (pupils are never matched to teachers):
 * <ol>
 * <li>Identifier evidence: the same ECK iD, then the same provider identity, one-to-one → automatic.</li>
 * <li>Candidates by blocking keys (first name, nickname group, surname core and parts, one-deletion variants
 *     of both, and the swapped order), so a school of hundreds is matched in milliseconds.</li>
 * <li>Each candidate pair gets a name score ({@link NameComparator}) times a group factor ({@link GroupFit}).</li>
 * <li>Automatic only when everything agrees: equivalent names (not merely similar), exactly one plausible
 *     candidate on each side, compatible group, not a groep-8 leaver, not a test account, and a name rare
 *     enough that a different child with that name in those groups is unlikely ({@link MatchingPolicy#commonNameRisk}).</li>
 * <li>Everything else: up to three suggestions, best first.</li>
 * </ol>
 */
public final class MatchingEngine {

    /** Children of one family at one school: a surname shared this often is not yet "common in this school". */
    static final int FAMILY = 3;

    private final NameKnowledge knowledge;
    private final NameComparator comparator;
    private final MatchingPolicy policy;

    public MatchingEngine() {
        this(NameKnowledge.standard(), MatchingPolicy.DEFAULT);
    }

    public MatchingEngine(NameKnowledge knowledge, MatchingPolicy policy) {
        this.knowledge = Objects.requireNonNull(knowledge);
        this.comparator = new NameComparator(knowledge);
        this.policy = Objects.requireNonNull(policy);
    }

    public MatchingPolicy policy() {
        return policy;
    }

    /** Matches one school's accounts. The caller blocks by school: never pass accounts of two schools. */
    public SchoolMatch match(List<MatchAccount> legacy, List<MatchAccount> imported) {
        List<MatchDecision> decisions = new ArrayList<>();
        Map<String, HoldReason> held = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<Prepared> l = prepare(legacy, role);
            List<Prepared> i = prepare(imported, role);
            if (!l.isEmpty()) {
                new Block(l, i).run(decisions, held);
            }
        }
        return new SchoolMatch(decisions, held);
    }

    /**
     * The score of one pair as a suggestion would show it (name × group, or 1.0 for the same ECK iD; 0 for two
     * different ECK iDs or roles): for a pair the coordinator picked by hand.
     */
    public double pairScore(MatchAccount legacy, MatchAccount imported) {
        if (legacy.role() != imported.role()) {
            return 0;
        }
        if (legacy.eckKey().isPresent() && imported.eckKey().isPresent()) {
            return legacy.eckKey().equals(imported.eckKey()) ? 1.0 : 0;
        }
        NameComparison name = comparator.compare(ParsedName.parse(legacy.name()), ParsedName.parse(imported.name()));
        GroupFit fit = legacy.role() == Role.TEACHER ? GroupFit.EXPECTED
                : GroupYears.fit(GroupYears.parse(legacy.group()), GroupYears.parse(imported.group()));
        return round(Math.min(1.0, name.score() * fit.factor()));
    }

    private static List<Prepared> prepare(List<MatchAccount> accounts, Role role) {
        List<Prepared> result = new ArrayList<>();
        for (MatchAccount a : accounts) {
            if (a.role() == role) {
                result.add(new Prepared(a, ParsedName.parse(a.name()), GroupYears.parse(a.group())));
            }
        }
        result.sort(Comparator.comparing(p -> p.account.id()));
        return result;
    }

    private record Prepared(MatchAccount account, ParsedName name, Optional<GroupYears> group) {
        String id() {
            return account.id();
        }
    }

    private record Pair(Prepared legacy, Prepared imported, NameComparison name, GroupFit fit, double score) {
    }

    /** One school, one role. */
    private final class Block {

        private final List<Prepared> legacy;
        private final List<Prepared> imported;
        private final Role role;
        private final Map<String, List<Prepared>> index = new HashMap<>();
        private final Map<Prepared, List<Pair>> byLegacy = new LinkedHashMap<>();
        private final Map<Prepared, List<Pair>> byImported = new HashMap<>();
        private final Set<Prepared> consumed = new HashSet<>();
        private final Map<String, Integer> givenCounts = new HashMap<>();
        private final Map<String, Integer> surnameCounts = new HashMap<>();
        private final Map<Optional<GroupYears>, int[]> fitCounts = new HashMap<>();

        Block(List<Prepared> legacy, List<Prepared> imported) {
            this.legacy = legacy;
            this.imported = imported;
            this.role = legacy.get(0).account().role();
        }

        void run(List<MatchDecision> decisions, Map<String, HoldReason> held) {
            Map<Prepared, MatchDecision> auto = new LinkedHashMap<>();
            identifierEvidence(auto);
            for (Prepared i : imported) {
                for (String key : indexKeys(i.name())) {
                    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
                givenCounts.merge(knowledge.canonicalSpelling(i.name().givenFirst()), 1, Integer::sum);
                surnameCounts.merge(i.name().surnameCore(), 1, Integer::sum);
            }
            for (Prepared l : legacy) {
                List<Pair> pairs = new ArrayList<>();
                for (Prepared i : candidates(l)) {
                    Pair pair = score(l, i);
                    if (pair != null) {
                        pairs.add(pair);
                        byImported.computeIfAbsent(i, k -> new ArrayList<>()).add(pair);
                    }
                }
                pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparing(p -> p.imported().id()));
                byLegacy.put(l, pairs);
            }
            for (Prepared l : legacy) {
                if (auto.containsKey(l)) {
                    continue;
                }
                Optional<HoldReason> hold = autoByName(l, auto);
                hold.ifPresent(h -> held.put(l.id(), h));
            }
            for (Prepared l : legacy) {
                MatchDecision a = auto.get(l);
                if (a != null) {
                    decisions.add(a);
                    continue;
                }
                int rank = 1;
                for (Pair p : byLegacy.get(l)) {
                    if (rank > policy.maxSuggestions() || p.score() < policy.minSuggestionScore()) {
                        break;
                    }
                    decisions.add(new MatchDecision(l.id(), p.imported().id(), MatchDecision.Decision.SUGGEST,
                            round(p.score()), rank++, MatchRule.NAME_SIMILARITY));
                }
            }
        }

        /** ECK iD, then provider identity: automatic when one-to-one. */
        private void identifierEvidence(Map<Prepared, MatchDecision> auto) {
            Map<String, List<Prepared>> eckImported = new HashMap<>();
            Map<String, List<Prepared>> eckLegacy = new HashMap<>();
            Map<String, List<Prepared>> providerImported = new HashMap<>();
            Map<String, List<Prepared>> providerLegacy = new HashMap<>();
            for (Prepared i : imported) {
                i.account().eckKey().ifPresent(k -> eckImported.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
                i.account().providerKeys().forEach(k -> providerImported.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
            }
            for (Prepared l : legacy) {
                l.account().eckKey().ifPresent(k -> eckLegacy.computeIfAbsent(k, x -> new ArrayList<>()).add(l));
                l.account().providerKeys().forEach(k -> providerLegacy.computeIfAbsent(k, x -> new ArrayList<>()).add(l));
            }
            for (Prepared l : legacy) {
                Optional<String> eck = l.account().eckKey();
                if (eck.isPresent()) {
                    List<Prepared> same = eckImported.getOrDefault(eck.get(), List.of());
                    if (same.size() == 1 && eckLegacy.get(eck.get()).size() == 1 && !consumed.contains(same.get(0))) {
                        take(auto, l, same.get(0), MatchRule.ECK_ID);
                        continue;
                    }
                }
                Set<Prepared> byProvider = new LinkedHashSet<>();
                boolean oneToOne = true;
                for (String key : l.account().providerKeys()) {
                    List<Prepared> same = providerImported.getOrDefault(key, List.of());
                    byProvider.addAll(same);
                    oneToOne &= providerLegacy.get(key).size() == 1;
                }
                if (byProvider.size() == 1 && oneToOne) {
                    Prepared i = byProvider.iterator().next();
                    if (!consumed.contains(i) && !eckConflict(l, i)) {
                        take(auto, l, i, MatchRule.PROVIDER_IDENTITY);
                    }
                }
            }
        }

        private void take(Map<Prepared, MatchDecision> auto, Prepared l, Prepared i, MatchRule rule) {
            auto.put(l, new MatchDecision(l.id(), i.id(), MatchDecision.Decision.AUTO, 1.0, 1, rule));
            consumed.add(l);
            consumed.add(i);
        }

        private Optional<HoldReason> autoByName(Prepared l, Map<Prepared, MatchDecision> auto) {
            if (l.name().testLike()) {
                return Optional.of(HoldReason.TEST_ACCOUNT);
            }
            List<Pair> pairs = byLegacy.get(l);
            if (pairs.isEmpty() || pairs.get(0).score() < policy.minSuggestionScore()) {
                return Optional.of(role == Role.PUPIL && l.group().map(GroupYears::leavingYear).orElse(false)
                        ? HoldReason.EXPECTED_LEFT : HoldReason.NO_CANDIDATE);
            }
            if (!l.name().hasSurname()) {
                return Optional.of(HoldReason.NO_SURNAME);
            }
            List<Pair> equivalent = pairs.stream().filter(p -> p.name().equivalent()).toList();
            if (equivalent.isEmpty()) {
                return Optional.of(HoldReason.NAME_ONLY_SIMILAR);
            }
            if (equivalent.size() > 1 || plausible(pairs) > 1) {
                return Optional.of(HoldReason.AMBIGUOUS);
            }
            Pair best = equivalent.get(0);
            Prepared i = best.imported();
            if (consumed.contains(i) || i.name().testLike()
                    || plausible(byImported.getOrDefault(i, List.of())) > 1) {
                return Optional.of(HoldReason.AMBIGUOUS);
            }
            if (role == Role.PUPIL) {
                if (l.group().map(GroupYears::leavingYear).orElse(false)) {
                    return Optional.of(HoldReason.EXPECTED_LEFT);
                }
                if (!best.fit().compatible()) {
                    return Optional.of(HoldReason.GROUP_MISMATCH);
                }
            }
            if (risk(l, i, best.fit()) >= policy.commonNameRisk()) {
                return Optional.of(HoldReason.COMMON_NAME);
            }
            auto.put(l, new MatchDecision(l.id(), i.id(), MatchDecision.Decision.AUTO, round(best.score()), 1,
                    MatchRule.UNIQUE_NAME));
            consumed.add(l);
            consumed.add(i);
            return Optional.empty();
        }

        private int plausible(List<Pair> pairs) {
            int n = 0;
            for (Pair p : pairs) {
                if (p.name().plausible() || p.name().score() >= policy.plausibleScore()) {
                    n++;
                }
            }
            return n;
        }

        /**
         * How likely it is that the imported account is a namesake rather than the same child, relative to it
         * being the same child: the number of imported accounts in groups that fit this way × share of the first
         * name × share of the surname ÷ how often the same child fits this way. Each share is the larger of the
         * share in the name tables and the share within this school: other accounts with that first name, and for
         * surnames accounts beyond a family of {@value #FAMILY} (brothers and sisters share a surname; that is not a
         * sign of a common name).
         */
        private double risk(Prepared l, Prepared i, GroupFit fit) {
            int n = imported.size();
            String given = knowledge.canonicalSpelling(i.name().givenFirst());
            String surname = i.name().surnameCore();
            double table = role == Role.TEACHER ? knowledge.adultFirstNameShare(given) : knowledge.firstNameShare(given);
            double first = Math.max(table, (givenCounts.getOrDefault(given, 1) - 1) / (double) n);
            double last = Math.max(knowledge.surnameShare(surname), Math.max(0, surnameCounts.getOrDefault(surname, 1) - FAMILY) / (double) n);
            return population(l, fit) * first * last / genuineShare(fit);
        }

        /** Imported accounts whose group fits the legacy account's group the same way this pair does. */
        private int population(Prepared l, GroupFit fit) {
            if (role == Role.TEACHER) {
                return imported.size();
            }
            int[] counts = fitCounts.computeIfAbsent(l.group(), g -> {
                int[] c = new int[GroupFit.values().length];
                for (Prepared i : imported) {
                    c[GroupYears.fit(g, i.group()).ordinal()]++;
                }
                return c;
            });
            return counts[fit.ordinal()];
        }

        /**
         * How often the same child shows this group fit: nearly always one group higher, rarely the same or two
         * higher. A namesake is equally likely in any group, so an unusual fit weighs against an automatic merge.
         */
        private double genuineShare(GroupFit fit) {
            if (role == Role.TEACHER) {
                return 1.0;
            }
            return fit == GroupFit.EXPECTED ? 0.9 : 0.05;
        }

        private Pair score(Prepared l, Prepared i) {
            if (eckConflict(l, i)) {
                return null; // two different ECK iDs: two different people
            }
            NameComparison name = comparator.compare(l.name(), i.name());
            GroupFit fit = role == Role.TEACHER ? GroupFit.EXPECTED : GroupYears.fit(l.group(), i.group());
            double score = name.score() * fit.factor();
            return score < policy.minSuggestionScore() && name.score() < policy.plausibleScore() ? null
                    : new Pair(l, i, name, fit, Math.min(1.0, score));
        }

        private static boolean eckConflict(Prepared l, Prepared i) {
            return l.account().eckKey().isPresent() && i.account().eckKey().isPresent()
                    && !l.account().eckKey().equals(i.account().eckKey());
        }

        private Set<Prepared> candidates(Prepared l) {
            Set<Prepared> found = new LinkedHashSet<>();
            for (String key : queryKeys(l.name())) {
                List<Prepared> hits = index.get(key);
                if (hits != null) {
                    found.addAll(hits);
                }
            }
            return found;
        }
    }

    /** Keys an imported account is found under. */
    private List<String> indexKeys(ParsedName n) {
        List<String> keys = new ArrayList<>();
        givenKeys(n.givenFirst(), keys);
        surnameKeys(n.surnameCore(), n.coreTokens(), n.deglued(), keys);
        return keys;
    }

    /** Keys a legacy account looks up: the same kinds, plus its first name as surname and back (swapped). */
    private List<String> queryKeys(ParsedName n) {
        List<String> keys = new ArrayList<>();
        givenKeys(n.givenFirst(), keys);
        surnameKeys(n.surnameCore(), n.coreTokens(), n.deglued(), keys);
        if (n.hasGiven() && n.hasSurname()) {
            keys.add("s:" + ParsedName.coreOf(n.given()));
            keys.add("g:" + knowledge.canonicalSpelling(n.surnameCore()));
        }
        return keys;
    }

    private void givenKeys(String given, List<String> keys) {
        if (given.isEmpty()) {
            return;
        }
        keys.add("g:" + knowledge.canonicalSpelling(given));
        for (Integer group : knowledge.nicknameGroups(given)) {
            keys.add("n:" + group);
        }
        for (String d : deletions(given)) {
            keys.add("gd:" + d);
        }
    }

    private static void surnameKeys(String core, List<String> tokens, String deglued, List<String> keys) {
        if (core.isEmpty()) {
            return;
        }
        keys.add("s:" + core);
        if (!deglued.isEmpty()) {
            keys.add("s:" + deglued);
        }
        if (tokens.size() > 1) {
            for (String t : tokens) {
                keys.add("s:" + t);
            }
        }
        for (String d : deletions(core)) {
            keys.add("sd:" + d);
        }
    }

    /** The word and every form with one letter deleted: two words one edit apart share at least one. */
    private static List<String> deletions(String word) {
        List<String> result = new ArrayList<>(word.length() + 1);
        result.add(word);
        if (word.length() < 3) {
            return result;
        }
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && word.charAt(i) == word.charAt(i - 1)) {
                continue;
            }
            result.add(word.substring(0, i) + word.substring(i + 1));
        }
        return result;
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
