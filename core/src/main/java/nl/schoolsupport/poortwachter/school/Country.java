package nl.schoolsupport.poortwachter.school;

/** Where a school is; decides which login routes and identifiers apply. */
public enum Country {
    /** The Netherlands: BRIN, Basispoort, Entree. */
    NL,
    /** Flanders (Belgium): instellingsnummer, licence credentials. */
    BE
}
