package nl.schoolsupport.poortwachter.licence.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school's licence for one product. {@code status}: active, trial, cancelled, expired. Dates are ISO calendar
 * days ({@code 2026-07-31}); {@code validUntil} is the last day of use, {@code cancelBefore} the renewal deadline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiLicence(String product, String productName, String status, LocalDate validFrom, LocalDate validUntil,
        Boolean autoRenewal, LocalDate cancelBefore) {
}
