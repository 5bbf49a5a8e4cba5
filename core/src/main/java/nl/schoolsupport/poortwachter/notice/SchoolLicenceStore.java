package nl.schoolsupport.poortwachter.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * The licence facts learned per school (from licence logins, or from the licence service's look-up).
 * The shipped implementation is {@link JdbcSchoolLicenceStore}.
 */
public interface SchoolLicenceStore {

    /** Inserts or replaces the facts for (school, product). An older observation never replaces a newer one. */
    void save(SchoolLicence licence);

    Optional<SchoolLicence> find(SchoolKey school, String product);

    /** All products of one school, by product. */
    List<SchoolLicence> ofSchool(SchoolKey school);

    /**
     * The distinct (product, cancel-before date) pairs of licences that renew automatically and must be cancelled
     * in {@code [from, to]}: what a general "renews unless cancelled before ..." notice needs, without any school.
     */
    List<RenewalDeadline> renewalDeadlines(LocalDate from, LocalDate to);

    /** A cancel-before date that applies to some schools' licences for a product. */
    record RenewalDeadline(String product, String productName, LocalDate cancelBefore) {
    }
}
