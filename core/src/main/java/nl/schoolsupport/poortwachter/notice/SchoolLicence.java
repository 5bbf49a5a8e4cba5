package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * What the licence system last said about one school's licence for one product: the facts licence notices
 * and the teacher home page are computed from. Dates are calendar dates in the licence system's zone.
 *
 * @param validUntil   last day the licence may be used (inclusive)
 * @param autoRenewal  the licence renews by itself for the next school year
 * @param cancelBefore the date before which the school must cancel to stop the renewal (e.g. 1 August)
 * @param contact      the school's licence administrator (contact person)
 * @param observedAt   when the licence system said so
 */
public record SchoolLicence(SchoolKey school, String schoolName, String product, String productName, LicenceStatus status,
        LocalDate validUntil, boolean autoRenewal, Optional<LocalDate> cancelBefore, Optional<ContactPerson> contact,
        Instant observedAt) {

    public SchoolLicence {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(observedAt, "observedAt");
        product = product.strip();
        if (product.isEmpty() || product.length() > 64) {
            throw new IllegalArgumentException("product: expected 1..64 characters, got " + product.length());
        }
        schoolName = schoolName == null || schoolName.isBlank() ? school.value() : schoolName.strip();
        productName = productName == null || productName.isBlank() ? product : productName.strip();
        cancelBefore = Objects.requireNonNullElse(cancelBefore, Optional.empty());
        contact = Objects.requireNonNullElse(contact, Optional.empty());
    }

    /** Expired by status or by date. */
    public boolean isExpiredOn(LocalDate today) {
        return status == LicenceStatus.EXPIRED || today.isAfter(validUntil);
    }

    /** Whether it will run on after {@link #validUntil()} without anyone acting. */
    public boolean renewsAutomatically() {
        return autoRenewal && status != LicenceStatus.CANCELLED && status != LicenceStatus.EXPIRED;
    }
}
