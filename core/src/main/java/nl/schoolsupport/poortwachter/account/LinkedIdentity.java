package nl.schoolsupport.poortwachter.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An external identity linked to an account: (realm id, subject) is unique across the store. Whether an
 * ECK iD is known is exposed, the ECK iD itself is not (it is stored encrypted and looked up by keyed hash).
 */
public record LinkedIdentity(AccountId account, String realmId, String subject, boolean eckIdKnown, Instant linkedAt) {

    public LinkedIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(realmId, "realmId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
