package nl.schoolsupport.poortwachter.merge.matching;

import java.util.List;
import java.util.Map;

/**
 * The matcher's answer for one school: decisions (auto rows first per legacy account, then suggestions by
 * rank) and, for legacy accounts not merged automatically, why not.
 */
public record SchoolMatch(List<MatchDecision> decisions, Map<String, HoldReason> held) {

    public SchoolMatch {
        decisions = List.copyOf(decisions);
        held = Map.copyOf(held);
    }

    public List<MatchDecision> automatic() {
        return decisions.stream().filter(MatchDecision::isAuto).toList();
    }

    public List<MatchDecision> suggestionsFor(String legacyId) {
        return decisions.stream().filter(d -> !d.isAuto() && d.legacyId().equals(legacyId)).toList();
    }
}
