package nl.schoolsupport.poortwachter.merge;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The audit record of one merge: who merged which account into which, when, why (the rule and score, or the
 * coordinator's choice and reason), what moved, and whether and by whom it was undone.
 *
 * @param identities   the (realm, subject) identities moved from the absorbed account to the survivor
 * @param participants ids of the participants that took part, in the order they were called
 */
public record MergeRecord(MergeId id, SchoolKey school, Role role, AccountId absorbed, AccountId survivor, MatchRule rule,
        OptionalDouble score, Actor by, String reason, Instant mergedAt, List<MovedIdentity> identities,
        List<String> participants, Optional<Undo> undo) {

    public MergeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(absorbed, "absorbed");
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(rule, "rule");
        score = Objects.requireNonNullElse(score, OptionalDouble.empty());
        Objects.requireNonNull(by, "by");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(mergedAt, "mergedAt");
        identities = List.copyOf(identities);
        participants = List.copyOf(participants);
        undo = Objects.requireNonNullElse(undo, Optional.empty());
    }

    public boolean undone() {
        return undo.isPresent();
    }

    public boolean automatic() {
        return rule != MatchRule.MANUAL;
    }

    public MergeRecord withUndo(Undo newUndo) {
        return new MergeRecord(id, school, role, absorbed, survivor, rule, score, by, reason, mergedAt, identities, participants,
                Optional.of(newUndo));
    }

    /** A login identity that moved. */
    public record MovedIdentity(String realmId, String subject) {
        public MovedIdentity {
            Objects.requireNonNull(realmId, "realmId");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** Who acted, as stored: a coordinator's account, or a system process by name. */
    public record Actor(Optional<AccountId> account, String label) {
        public Actor {
            account = Objects.requireNonNullElse(account, Optional.empty());
            Objects.requireNonNull(label, "label");
        }

        static Actor of(MergeActor actor) {
            return new Actor(actor.accountId(), actor.label());
        }
    }

    /** When and by whom a merge was undone, and why. */
    public record Undo(Instant at, Actor by, String reason) {
        public Undo {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            reason = Objects.requireNonNullElse(reason, "");
        }
    }
}
