package nl.schoolsupport.poortwachter.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountStatus;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.privacy.DataProtector;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.realm.AccountNotActiveException;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.NotProvisionedException;
import nl.schoolsupport.poortwachter.realm.ProvisioningPolicy;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.school.SchoolKeyType;
import nl.schoolsupport.poortwachter.store.AccountStore;
import nl.schoolsupport.poortwachter.store.Transactions;

/**
 * Finds the local account for an identity a realm vouched for, as a chain of small steps (Keycloak's
 * first-broker-login, without the questions): linked (realm, subject) → same ECK iD at the same school →
 * provision, if the realm's policy allows. Merged accounts are followed to the survivor. One transaction.
 *
 * <p>ECK iD matches are confined to the identity's school: the ECK iD follows a pupil to a new school, but
 * the old school's results are the old school's data.
 */
public final class IdentityResolver {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityResolver.class);
    private static final int MAX_MERGE_HOPS = 16;

    private final AccountStore store;
    private final Transactions transactions;
    private final DataProtector protector;

    @Inject
    public IdentityResolver(AccountStore store, Transactions transactions, DataProtector protector) {
        this.store = Objects.requireNonNull(store);
        this.transactions = Objects.requireNonNull(transactions);
        this.protector = Objects.requireNonNull(protector);
    }

    public ResolvedAccount resolve(ExternalIdentity identity, ProvisioningPolicy policy) {
        return transactions.inTransaction(() -> {
            Optional<Account> linked = store.findByIdentity(identity.realmId(), identity.subject());
            if (linked.isPresent()) {
                Account account = active(survivorOf(linked.get()));
                identity.eckId().ifPresent(eck -> store.linkIdentity(linked.get().id(), identity.realmId(), identity.subject(),
                        Optional.of(eck)));
                return new ResolvedAccount(refreshed(account, identity, policy), ResolutionPath.LINKED);
            }
            Optional<Account> byEck = identity.eckId().flatMap(eck -> sameSchoolByEckId(eck, identity));
            if (byEck.isPresent()) {
                Account account = byEck.get();
                store.linkIdentity(account.id(), identity.realmId(), identity.subject(), identity.eckId());
                LOG.info("Linked {} identity {} to account {} by ECK iD", identity.realmId(),
                        protector.pseudonym(identity.subject()), account.id());
                return new ResolvedAccount(account, ResolutionPath.ECK_ID);
            }
            return new ResolvedAccount(provision(identity, policy), ResolutionPath.PROVISIONED);
        });
    }

    private Optional<Account> sameSchoolByEckId(EckId eck, ExternalIdentity identity) {
        if (identity.school().isEmpty()) {
            // without the school we cannot tell this pupil's account here from the one at a previous school
            return Optional.empty();
        }
        SchoolKey school = identity.school().get().key();
        List<Account> candidates = store.findByEckId(eck).stream()
                .map(this::survivorOf)
                .filter(Account::isActive)
                .filter(a -> sameSchool(a.school(), school))
                .distinct()
                .sorted(Comparator.comparing(Account::createdAt))
                .toList();
        if (candidates.size() > 1) {
            // Two active accounts of one person: a merge is pending. Either is this person; take the oldest.
            LOG.warn("ECK iD of {} identity {} matches {} active accounts; using the oldest until they are merged",
                    identity.realmId(), protector.pseudonym(identity.subject()), candidates.size());
        }
        return candidates.stream().findFirst();
    }

    private static boolean sameSchool(SchoolKey account, SchoolKey identity) {
        if (account.equals(identity)) {
            return true;
        }
        // a provider that only knows the BRIN4 (Entree's nlEduPersonHomeOrganizationId) matches its vestigingen
        return account.type() == SchoolKeyType.BRIN && identity.type() == SchoolKeyType.BRIN
                && identity.value().length() == 4 && account.brin4().orElseThrow().equals(identity.value());
    }

    private Account provision(ExternalIdentity identity, ProvisioningPolicy policy) {
        if (policy == ProvisioningPolicy.LINKED_ONLY || policy == ProvisioningPolicy.DIRECTORY_ONLY) {
            throw new NotProvisionedException(identity.realmId(), policy, "no account is linked to this identity",
                    identity.school().map(School::key));
        }
        School announced = identity.school().orElseThrow(() -> new NotProvisionedException(identity.realmId(), policy,
                "the provider did not say which school the user belongs to"));
        // a BRIN4 may stand for its only known vestiging; a BRIN6 is exactly that vestiging, never a neighbour
        Optional<School> known = announced.key().type() == SchoolKeyType.BRIN && announced.key().value().length() == 4
                ? store.findSchoolByBrin(announced.key().value())
                : store.findSchool(announced.key());
        School school;
        if (known.isPresent()) {
            school = policy == ProvisioningPolicy.AUTO ? refreshedSchool(known.get(), announced) : known.get();
        } else if (policy == ProvisioningPolicy.AUTO) {
            school = store.saveSchool(announced);
            LOG.info("Created school {} for a first {} login", school.key().asText(), identity.realmId());
        } else {
            throw new NotProvisionedException(identity.realmId(), policy, "school " + announced.key().asText() + " is not known",
                    Optional.of(announced.key()));
        }
        Account account = store.createAccount(new NewAccount(school.key(), identity.role(), identity.flags(), identity.name(),
                identity.group()));
        store.linkIdentity(account.id(), identity.realmId(), identity.subject(), identity.eckId());
        LOG.info("Provisioned {} account {} for {} identity {}", account.role(), account.id(), identity.realmId(),
                protector.pseudonym(identity.subject()));
        return account;
    }

    /** Providers that create accounts also own the name, group and duties on them: keep those current. */
    private Account refreshed(Account account, ExternalIdentity identity, ProvisioningPolicy policy) {
        if (policy != ProvisioningPolicy.AUTO && policy != ProvisioningPolicy.KNOWN_SCHOOLS) {
            return account;
        }
        if (policy == ProvisioningPolicy.AUTO) {
            identity.school().filter(s -> s.key().equals(account.school()))
                    .ifPresent(announced -> store.findSchool(account.school()).ifPresent(stored -> refreshedSchool(stored, announced)));
        }
        Account wanted = account;
        if (!identity.name().isBlank() && !identity.name().equals(account.name())) {
            wanted = wanted.withName(identity.name());
        }
        if (identity.group().isPresent() && !identity.group().equals(account.group())) {
            wanted = wanted.withGroup(identity.group());
        }
        if (!identity.flags().equals(account.flags())) {
            wanted = wanted.withFlags(identity.flags());
        }
        return wanted.equals(account) ? account : store.updateAccount(wanted);
    }

    /**
     * A realm that may create schools also owns their name and administrator: keep them current (a new
     * contact person takes over in the licence system, and teachers must see the new one).
     */
    private School refreshedSchool(School stored, School announced) {
        if (!stored.key().equals(announced.key())) {
            return stored; // matched on BRIN4 only: the announced details describe the institution, not this vestiging
        }
        School wanted = new School(stored.key(), announced.name(), stored.country(),
                announced.administrator().or(stored::administrator));
        return wanted.equals(stored) ? stored : store.saveSchool(wanted);
    }

    private Account survivorOf(Account account) {
        Account current = account;
        for (int hop = 0; hop < MAX_MERGE_HOPS && current.status() == AccountStatus.MERGED
                && current.mergedInto().isPresent(); hop++) {
            Optional<Account> next = store.findAccount(current.mergedInto().get());
            if (next.isEmpty()) {
                break;
            }
            current = next.get();
        }
        return current;
    }

    private static Account active(Account account) {
        if (!account.isActive()) {
            throw new AccountNotActiveException(account.status());
        }
        return account;
    }
}
