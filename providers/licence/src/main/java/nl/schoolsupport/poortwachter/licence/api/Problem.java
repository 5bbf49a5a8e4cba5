package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error answer, {@code application/problem+json} (RFC 9457) with the extension member {@code code} that the
 * client dispatches on (see {@link ProblemCode}), and, where it helps the teacher, the school, its administrator and
 * the licence. {@code retryAfter} (seconds) repeats the {@code Retry-After} header of a 429.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, Integer status, String code, String detail, ApiSchool school,
        ApiContact administrator, ApiLicence licence, Integer retryAfter) {

    public static Problem of(int status, String code, String title) {
        return new Problem("https://schoolsupport.nl/problems/licence/" + code.replace('_', '-'), title, status, code, null,
                null, null, null, null);
    }

    public Problem with(ApiSchool s, ApiContact a, ApiLicence l) {
        return new Problem(type, title, status, code, detail, s, a, l, retryAfter);
    }

    public Problem withRetryAfter(int seconds) {
        return new Problem(type, title, status, code, detail, school, administrator, licence, seconds);
    }
}
