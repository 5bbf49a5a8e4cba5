package nl.schoolsupport.poortwachter.merge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.merge.matching.HoldReason;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.merge.matching.NameFolding;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What the ICT coordinator's screen shows for a school: merges the library would make on its own, legacy
 * accounts waiting with their best suggestions (and why they wait), and every imported account of the school for
 * picking one by hand.
 */
public record MergeProposals(SchoolKey school, List<ProposedMerge> automatic, List<WaitingAccount> waiting,
        List<AccountSummary> imported) {

    public MergeProposals {
        Objects.requireNonNull(school, "school");
        automatic = List.copyOf(automatic);
        waiting = List.copyOf(waiting);
        imported = List.copyOf(imported);
    }

    /**
     * The coordinator's manual search: imported accounts whose name (or group) contains every word of the query,
     * ignoring case, diacritics, ij/y and where the tussenvoegsel was typed ("berg van den" finds Daan van den Berg,
     * "zoe celik" finds Zoë Çelik). An empty query returns all.
     */
    public List<AccountSummary> searchImported(String query) {
        List<String> words = java.util.Arrays.stream(NameFolding.fold(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        return imported.stream().filter(s -> {
            String name = NameFolding.fold(s.account().name().displayName() + " " + s.account().group().orElse(""));
            String compact = name.replace(" ", "");
            return words.stream().allMatch(w -> name.contains(w) || compact.contains(w));
        }).toList();
    }

    /** An account with the amount of data hanging on it (summed over the participants, e.g. results). */
    public record AccountSummary(Account account, long dataCount) {
    }

    /** A merge the library makes without asking. */
    public record ProposedMerge(AccountSummary legacy, AccountSummary imported, MatchRule rule, double score) {
    }

    /** A legacy account the coordinator has to decide on, with up to three suggestions, best first. */
    public record WaitingAccount(AccountSummary legacy, Optional<HoldReason> reason, List<Suggestion> suggestions) {
        public WaitingAccount {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** An imported account suggested for a waiting legacy account. */
    public record Suggestion(AccountSummary imported, double score, int rank) {
    }
}
