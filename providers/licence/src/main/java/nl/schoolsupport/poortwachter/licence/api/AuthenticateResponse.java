package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of a 200 answer to {@code POST /v1/authenticate}: who, which school, its administrator, its licence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthenticateResponse(ApiUser user, ApiSchool school, ApiContact administrator, ApiLicence licence) {
}
