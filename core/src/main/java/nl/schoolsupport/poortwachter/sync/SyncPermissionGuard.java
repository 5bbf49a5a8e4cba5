package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.identity.LoginGuard;
import nl.schoolsupport.poortwachter.realm.ExternalIdentity;
import nl.schoolsupport.poortwachter.realm.RealmBlockedForSchoolException;

/**
 * Blocks logins of the directory's realm (Basispoort) at schools that withdrew their synchronisation permission:
 * the school switched us off, so its directory must no longer open accounts here. Other realms (Entree, pupil
 * codes) are not affected. A school the sync never heard of is not blocked.
 */
public final class SyncPermissionGuard implements LoginGuard {

    private final DirectorySource source;
    private final SyncStatusStore store;

    @Inject
    public SyncPermissionGuard(DirectorySource source, SyncStatusStore store) {
        this.source = Objects.requireNonNull(source);
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public void check(ExternalIdentity identity, Account account) {
        String realm = source.realmId();
        if (identity.realmId().equals(realm) && store.blocked(realm, account.school())) {
            throw new RealmBlockedForSchoolException(realm, account.school());
        }
    }
}
