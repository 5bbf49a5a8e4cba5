package nl.schoolsupport.poortwachter.school;

/** The kind of identifier a {@link SchoolKey} holds. */
public enum SchoolKeyType {
    /** Dutch BRIN: 4 characters (institution) or 6 (institution + vestiging). */
    BRIN,
    /** Flemish instellingsnummer: 6 digits, issued by the Departement Onderwijs. */
    FLEMISH_INSTITUTION,
    /** A school code from Schoolsupport's licence system, for schools without one of the above. */
    LICENCE_CODE
}
