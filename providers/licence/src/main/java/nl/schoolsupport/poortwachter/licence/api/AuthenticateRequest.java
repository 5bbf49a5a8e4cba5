package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /v1/authenticate}. The client writes it with a streaming generator (the password never
 * becomes a {@code String} there); the demo service reads it into this record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthenticateRequest(String username, String password, String product, String clientAddress) {

    @Override
    public String toString() {
        return "AuthenticateRequest[product=" + product + "]";
    }
}
