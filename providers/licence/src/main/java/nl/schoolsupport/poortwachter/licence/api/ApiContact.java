package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The school's licence administrator (contact person, "licentiecontactpersoon"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiContact(String name, String email) {
}
