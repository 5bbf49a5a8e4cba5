package nl.schoolsupport.poortwachter.sync;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.privacy.EckId;

/**
 * A pupil or staff member as the directory lists them. Personal data: {@link #toString()} shows none.
 *
 * @param subject  the directory's stable user id (Basispoort user id); becomes the identity's subject
 * @param eckId    the ECK iD, if the school's administration has one
 * @param role     pupil or teacher (all staff are teachers; duties are flags)
 * @param flags    duties the directory grants (ICT coordinator)
 * @param groupKey the key of the pupil's group ({@link DirectoryGroup#key()}), if any
 */
public record DirectoryUser(String subject, Optional<EckId> eckId, Role role, Set<AccountFlag> flags, PersonName name,
        Optional<String> groupKey) {

    public static final int MAX_SUBJECT_LENGTH = 512;

    public DirectoryUser {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("directory user: expected an id, got none");
        }
        subject = subject.strip();
        if (subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidInputException("directory user id: expected at most " + MAX_SUBJECT_LENGTH
                    + " characters, got " + subject.length());
        }
        eckId = Objects.requireNonNullElse(eckId, Optional.empty());
        Objects.requireNonNull(role, "role");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        Objects.requireNonNull(name, "name");
        groupKey = Objects.requireNonNullElse(groupKey, Optional.<String>empty()).map(String::strip).filter(g -> !g.isEmpty());
    }

    @Override
    public String toString() {
        return "DirectoryUser[" + role + ", flags=" + flags + "]";
    }
}
