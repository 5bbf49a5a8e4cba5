package nl.schoolsupport.poortwachter.account;

/** What an account is at its school. Extra duties (ICT coordinator, administrator) are {@link AccountFlag}s. */
public enum Role {
    TEACHER,
    PUPIL
}
