package nl.schoolsupport.poortwachter.licence.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The teacher as the licence service knows them. {@code role} is {@code teacher}; duties are optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiUser(String id, String firstName, String infix, String lastName, String role, List<String> duties) {
}
