package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of a 200 answer to {@code GET /v1/schools/{code}/licences/{product}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolLicenceResponse(ApiSchool school, ApiContact administrator, ApiLicence licence) {
}
