package nl.schoolsupport.poortwachter.merge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.LinkedIdentity;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.ConfigurationException;
import nl.schoolsupport.poortwachter.merge.MergeProposals.AccountSummary;
import nl.schoolsupport.poortwachter.merge.MergeStore.IdentityFacts;
import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;
import nl.schoolsupport.poortwachter.merge.matching.MatchDecision;
import nl.schoolsupport.poortwachter.merge.matching.MatchRule;
import nl.schoolsupport.poortwachter.merge.matching.MatchingEngine;
import nl.schoolsupport.poortwachter.merge.matching.SchoolMatch;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.StaleAccountException;
import nl.schoolsupport.poortwachter.store.Transactions;
import nl.schoolsupport.poortwachter.store.UnknownAccountException;

/**
 * Merging accounts: proposals for a school, merges by hand or automatically, undo, history.
 *
 * <p>Each merge is one database transaction: both accounts are written with their version (so a concurrent
 * merge of either fails cleanly instead of interleaving), the absorbed account's identities move to the
 * survivor, the absorbed account is marked MERGED (never deleted), every {@link MergeParticipant} moves its data,
 * and the audit record is written. Any failure rolls all of it back. Undo reverses exactly those steps.
 *
 * <p>"Legacy" accounts are the active accounts of a school without an identity of the directory realm
 * ({@link MergeSettings#directoryRealmId()}, default {@code basispoort}); "imported" ones have one.
 */
public final class MergeService {

    private static final Logger LOG = LoggerFactory.getLogger(MergeService.class);
    private static final int MAX_REASON = 1000;

    private final AccountStore store;
    private final Transactions transactions;
    private final MergeStore merges;
    private final List<MergeParticipant> participants;
    private final MergeSettings settings;
    private final MatchingEngine engine;
    private final Clock clock;

    @Inject
    public MergeService(AccountStore store, Transactions transactions, MergeStore merges, Set<MergeParticipant> participants,
            MergeSettings settings, MatchingEngine engine, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.transactions = Objects.requireNonNull(transactions);
        this.merges = Objects.requireNonNull(merges);
        this.settings = Objects.requireNonNull(settings);
        this.engine = Objects.requireNonNull(engine);
        this.clock = Objects.requireNonNull(clock);
        Map<String, MergeParticipant> byId = new TreeMap<>();
        for (MergeParticipant p : participants) {
            if (byId.put(p.id(), p) != null) {
                throw new ConfigurationException("merge participants", "two participants share the id '" + p.id() + "'");
            }
        }
        this.participants = List.copyOf(byId.values());
    }

    // ------------------------------------------------------------------ proposals

    /** Automatic merges the library would make, waiting legacy accounts with suggestions, and the imported accounts. */
    public MergeProposals proposals(SchoolKey school) {
        return transactions.inTransaction(() -> {
            Snapshot s = snapshot(school);
            SchoolMatch match = engine.match(s.legacy(), s.imported());
            List<MergeProposals.ProposedMerge> automatic = new ArrayList<>();
            Map<String, List<MergeProposals.Suggestion>> suggestions = new HashMap<>();
            Set<String> auto = new HashSet<>();
            for (MatchDecision d : match.decisions()) {
                if (d.isAuto()) {
                    auto.add(d.legacyId());
                    automatic.add(new MergeProposals.ProposedMerge(s.summary(d.legacyId()), s.summary(d.importedId()), d.rule(),
                            d.score()));
                } else {
                    suggestions.computeIfAbsent(d.legacyId(), k -> new ArrayList<>())
                            .add(new MergeProposals.Suggestion(s.summary(d.importedId()), d.score(), d.rank()));
                }
            }
            List<MergeProposals.WaitingAccount> waiting = new ArrayList<>();
            for (MatchAccount l : s.legacy()) {
                if (!auto.contains(l.id())) {
                    waiting.add(new MergeProposals.WaitingAccount(s.summary(l.id()), Optional.ofNullable(match.held().get(l.id())),
                            suggestions.getOrDefault(l.id(), List.of())));
                }
            }
            List<AccountSummary> imported = s.imported().stream().map(i -> s.summary(i.id())).toList();
            return new MergeProposals(school, automatic, waiting, imported);
        });
    }

    /** Active accounts of the school split into legacy and imported, as the matcher sees them, with data counts. */
    private Snapshot snapshot(SchoolKey school) {
        List<Account> active = store.accountsOfSchool(school).stream().filter(Account::isActive).toList();
        Map<AccountId, List<IdentityFacts>> identities = merges.identitiesOfSchool(school);
        Map<AccountId, Long> counts = dataCounts(active.stream().map(Account::id).toList());
        List<MatchAccount> legacy = new ArrayList<>();
        List<MatchAccount> imported = new ArrayList<>();
        Map<String, AccountSummary> summaries = new LinkedHashMap<>();
        for (Account a : active) {
            List<IdentityFacts> ids = identities.getOrDefault(a.id(), List.of());
            long count = counts.getOrDefault(a.id(), 0L);
            summaries.put(a.id().toString(), new AccountSummary(a, count));
            boolean fromDirectory = ids.stream().anyMatch(i -> i.realmId().equals(settings.directoryRealmId()));
            (fromDirectory ? imported : legacy).add(matchAccount(a, ids, count));
        }
        return new Snapshot(legacy, imported, summaries);
    }

    private record Snapshot(List<MatchAccount> legacy, List<MatchAccount> imported, Map<String, AccountSummary> summaries) {
        AccountSummary summary(String id) {
            return summaries.get(id);
        }
    }

    private static MatchAccount matchAccount(Account a, List<IdentityFacts> identities, long dataCount) {
        Optional<String> eck = identities.stream().map(IdentityFacts::eckLookup).flatMap(Optional::stream).sorted().findFirst();
        Set<String> providerKeys = new HashSet<>();
        identities.forEach(i -> providerKeys.add(i.realmId() + ":" + i.subject()));
        return new MatchAccount(a.id().toString(), a.role(), a.name(), a.group(), eck, providerKeys, dataCount,
                OptionalInt.empty());
    }

    /** Data hanging on each account, summed over the participants. */
    public Map<AccountId, Long> dataCounts(List<AccountId> accounts) {
        Map<AccountId, Long> total = new HashMap<>();
        for (MergeParticipant p : participants) {
            p.dataCounts(accounts).forEach((id, n) -> total.merge(id, n, Long::sum));
        }
        return total;
    }

    // ------------------------------------------------------------------ merging

    /** Merges {@code oldAccount} into {@code importedAccount} as chosen by a coordinator (rule MANUAL). */
    public MergeRecord merge(AccountId oldAccount, AccountId importedAccount, MergeActor actor, String reason) {
        return merge(oldAccount, OptionalLong.empty(), importedAccount, OptionalLong.empty(), actor, reason);
    }

    /**
     * As {@link #merge(AccountId, AccountId, MergeActor, String)}, failing with {@link MergeConflictException} if
     * either account is no longer at the version the coordinator saw (from {@link MergeProposals}).
     */
    public MergeRecord merge(AccountId oldAccount, OptionalLong oldVersion, AccountId importedAccount,
            OptionalLong importedVersion, MergeActor actor, String reason) {
        return transactions.inTransaction(() -> {
            Account old = account(oldAccount);
            Account imported = account(importedAccount);
            double score = engine.pairScore(matchAccount(old, List.of(), 0), matchAccount(imported, List.of(), 0));
            return mergeInTransaction(old, oldVersion, imported, importedVersion, actor, reason, MatchRule.MANUAL,
                    OptionalDouble.of(score));
        });
    }

    /**
     * Makes the merges the matcher considers certain (what the Basispoort sync calls after importing a school).
     * Each is its own transaction; a pair that changed meanwhile is skipped, not forced.
     */
    public List<MergeRecord> autoMerge(SchoolKey school, MergeActor actor) {
        List<MergeRecord> done = new ArrayList<>();
        for (MergeProposals.ProposedMerge p : proposals(school).automatic()) {
            try {
                done.add(transactions.inTransaction(() -> mergeInTransaction(account(p.legacy().account().id()),
                        OptionalLong.of(p.legacy().account().version()), account(p.imported().account().id()),
                        OptionalLong.of(p.imported().account().version()), actor, "automatic: " + p.rule().name(), p.rule(),
                        OptionalDouble.of(p.score()))));
            } catch (MergeConflictException | AccountsNotMergeableException e) {
                LOG.info("Automatic merge of account {} into {} skipped: {}", p.legacy().account().id(),
                        p.imported().account().id(), e.getMessage());
            }
        }
        if (!done.isEmpty()) {
            LOG.info("School {}: {} accounts merged automatically by {}", school.asText(), done.size(), actor.label());
        }
        return done;
    }

    private MergeRecord mergeInTransaction(Account old, OptionalLong oldVersion, Account imported, OptionalLong importedVersion,
            MergeActor actor, String reason, MatchRule rule, OptionalDouble score) {
        authorize(actor, old.school(), () -> new UnknownAccountException(old.id()));
        checkLegacyIntoImported(old, imported, actor);
        checkMergeable(old, imported);
        expectVersion(old, oldVersion);
        expectVersion(imported, importedVersion);
        MergeId id = MergeId.random();
        MergeEvent event = new MergeEvent(id, old.school(), old.id(), imported.id());
        lockBoth(old.mergedInto(imported.id()), imported);
        List<MergeRecord.MovedIdentity> moved = new ArrayList<>();
        for (LinkedIdentity identity : store.identitiesOf(old.id())) {
            store.moveIdentity(identity.realmId(), identity.subject(), imported.id());
            moved.add(new MergeRecord.MovedIdentity(identity.realmId(), identity.subject()));
        }
        Map<String, String> memos = new LinkedHashMap<>();
        for (MergeParticipant p : participants) {
            String memo;
            try {
                memo = Objects.requireNonNullElse(p.merge(event), "");
            } catch (RuntimeException e) {
                throw new MergeParticipantException(p.id(), "merge", e);
            }
            memos.put(p.id(), memo);
        }
        MergeRecord record = new MergeRecord(id, old.school(), old.role(), old.id(), imported.id(), rule, score,
                MergeRecord.Actor.of(actor), clean(reason), clock.instant(), moved, List.copyOf(memos.keySet()), Optional.empty());
        merges.insert(record, memos);
        LOG.info("Merged account {} into {} (merge {}, rule {}, by {})", old.id(), imported.id(), id, rule, actor.label());
        return record;
    }

    // ------------------------------------------------------------------ undo and history

    /** Restores the state before the merge: identities, statuses, the participants' data. */
    public MergeRecord undo(MergeId mergeId, MergeActor actor) {
        return undo(mergeId, actor, "");
    }

    /** As {@link #undo(MergeId, MergeActor)}, with the coordinator's reason for the audit record. */
    public MergeRecord undo(MergeId mergeId, MergeActor actor, String reason) {
        return transactions.inTransaction(() -> {
            MergeRecord record = merges.find(mergeId).orElseThrow(() -> new UnknownMergeException(mergeId));
            authorize(actor, record.school(), () -> new UnknownMergeException(mergeId));
            if (record.undone()) {
                throw new UndoNotPossibleException("merge " + mergeId + " was undone already");
            }
            Account absorbed = account(record.absorbed());
            Account survivor = account(record.survivor());
            if (absorbed.status() != AccountStatus.MERGED || !absorbed.mergedInto().equals(Optional.of(survivor.id()))) {
                throw new MergeConflictException("account " + absorbed.id() + " is no longer merged into " + survivor.id()
                        + "; reload and try again");
            }
            if (!survivor.isActive()) {
                throw new UndoNotPossibleException("account " + survivor.id() + " was merged again later; undo that merge first");
            }
            // both rows first, as in a merge: a concurrent merge or undo of either account now fails cleanly
            lockBoth(absorbed.withStatus(AccountStatus.ACTIVE), survivor);
            for (MergeRecord.MovedIdentity identity : record.identities()) {
                Optional<Account> owner = store.findByIdentity(identity.realmId(), identity.subject());
                if (owner.isEmpty() || !owner.get().id().equals(survivor.id())) {
                    throw new UndoNotPossibleException("an identity of realm " + identity.realmId()
                            + " moved on after this merge; it cannot be put back automatically");
                }
                store.moveIdentity(identity.realmId(), identity.subject(), absorbed.id());
            }
            MergeEvent event = new MergeEvent(mergeId, record.school(), absorbed.id(), survivor.id());
            Map<String, String> memos = merges.participantMemos(mergeId);
            List<String> involved = new ArrayList<>(record.participants());
            java.util.Collections.reverse(involved);
            for (String participantId : involved) {
                MergeParticipant p = participants.stream().filter(x -> x.id().equals(participantId)).findFirst()
                        .orElseThrow(() -> new UndoNotPossibleException("merge participant '" + participantId
                                + "' took part in this merge but is not installed now; install it to undo"));
                try {
                    p.undo(event, memos.getOrDefault(participantId, ""));
                } catch (RuntimeException e) {
                    throw new MergeParticipantException(p.id(), "undo", e);
                }
            }
            MergeRecord.Undo undo = new MergeRecord.Undo(clock.instant(), MergeRecord.Actor.of(actor), clean(reason));
            if (!merges.markUndone(mergeId, undo)) {
                throw new MergeConflictException("merge " + mergeId + " was undone meanwhile");
            }
            LOG.info("Undid merge {} (account {} split from {}, by {})", mergeId, absorbed.id(), survivor.id(), actor.label());
            return record.withUndo(undo);
        });
    }

    /** All merges of the school, newest first, undone ones included. */
    public List<MergeRecord> history(SchoolKey school) {
        return merges.ofSchool(school);
    }

    // ------------------------------------------------------------------ checks

    private Account account(AccountId id) {
        return store.findAccount(id).orElseThrow(() -> new UnknownAccountException(id));
    }

    /**
     * Coordinators act on their own school only, and must still be active ICT coordinators in the store. What
     * belongs to another school is reported as not found: its existence is not revealed.
     */
    private void authorize(MergeActor actor, SchoolKey school, java.util.function.Supplier<RuntimeException> notFound) {
        if (actor instanceof MergeActor.SystemProcess) {
            return;
        }
        AccountPrincipal p = ((MergeActor.Coordinator) actor).principal();
        if (!p.school().equals(school)) {
            throw notFound.get();
        }
        boolean allowed = p.role() == Role.TEACHER && p.has(AccountFlag.ICT_COORDINATOR) && p.school().equals(school)
                && store.findAccount(p.accountId()).filter(Account::isActive).filter(a -> a.has(AccountFlag.ICT_COORDINATOR))
                        .filter(a -> a.school().equals(school)).isPresent();
        if (!allowed) {
            throw new MergeNotAllowedException("only an ICT coordinator of school " + school.asText()
                    + " may merge its accounts or undo merges");
        }
    }

    /**
     * A merge folds an old local account into another account (the imported one, or a duplicate of the same child);
     * an account the directory imported is never absorbed, and the acting coordinator's own account never takes
     * part: otherwise a coordinator could move a colleague's (or their own) identities into another account and
     * log in as someone else.
     */
    private void checkLegacyIntoImported(Account old, Account imported, MergeActor actor) {
        if (actor.accountId().filter(me -> me.equals(old.id()) || me.equals(imported.id())).isPresent()) {
            throw new AccountsNotMergeableException("the acting coordinator's own account is never merged");
        }
        if (fromDirectory(old.id())) {
            throw new AccountsNotMergeableException("account " + old.id() + " comes from " + settings.directoryRealmId()
                    + " and is never absorbed; merge old local accounts into it instead");
        }
    }

    private boolean fromDirectory(AccountId account) {
        return store.identitiesOf(account).stream().anyMatch(i -> i.realmId().equals(settings.directoryRealmId()));
    }

    private static void checkMergeable(Account old, Account imported) {
        if (old.id().equals(imported.id())) {
            throw new AccountsNotMergeableException("an account cannot be merged into itself");
        }
        if (!old.school().equals(imported.school())) {
            throw new AccountsNotMergeableException("accounts of different schools are never merged");
        }
        if (old.role() != imported.role()) {
            throw new AccountsNotMergeableException("a " + old.role() + " account cannot be merged into a " + imported.role()
                    + " account");
        }
        for (Account a : List.of(old, imported)) {
            if (a.status() == AccountStatus.MERGED) {
                throw new MergeConflictException("account " + a.id() + " was merged meanwhile; reload and decide again");
            }
            if (!a.isActive()) {
                throw new AccountsNotMergeableException("account " + a.id() + " is " + a.status() + "; only active accounts merge");
            }
        }
    }

    private static void expectVersion(Account account, OptionalLong expected) {
        if (expected.isPresent() && expected.getAsLong() != account.version()) {
            throw new MergeConflictException("account " + account.id() + " changed since it was shown; reload and decide again");
        }
    }

    /**
     * Writes both accounts with their versions, in id order (two merges over the same pair never deadlock). The
     * survivor is written unchanged: that takes its lock and makes a concurrent merge of it fail cleanly.
     */
    private void lockBoth(Account first, Account second) {
        List<Account> ordered = new ArrayList<>(List.of(first, second));
        ordered.sort(Comparator.comparing(a -> a.id().toString()));
        try {
            for (Account a : ordered) {
                store.updateAccount(a);
            }
        } catch (StaleAccountException e) {
            throw new MergeConflictException("an account changed while merging (merged or edited meanwhile); nothing was "
                    + "changed, reload and decide again", e);
        }
    }

    private static String clean(String reason) {
        String text = reason == null ? "" : reason.strip().replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }
}
