package nl.schoolsupport.poortwachter.licence.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson configuration of the contract: ISO dates, unknown members ignored, tight parser limits. */
public final class LicenceJson {

    public static final String MEDIA_TYPE = "application/json";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static {
        // answers are small; anything deep or long is garbage, not data
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(16_384).maxNumberLength(32).build());
    }

    private LicenceJson() {
    }

    /** Thread-safe, shared. Do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
