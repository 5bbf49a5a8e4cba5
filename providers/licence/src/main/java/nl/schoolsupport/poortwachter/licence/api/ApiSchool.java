package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school. {@code code} is the licence system's own school code (always present); {@code institutionNumber} the
 * Flemish instellingsnummer (6 digits) and {@code brin} the Dutch BRIN, where known. {@code country} is BE or NL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiSchool(String code, String name, String country, String institutionNumber, String brin) {
}
