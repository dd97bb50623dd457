package org.inspectra.rest.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** JSON as API.md fixes it: camelCase fields, dates {@code YYYY-MM-DD}, instants ISO-8601 with offset. */
public final class JsonMapping {

    private JsonMapping() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(StrictDates.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // A misspelt field is refused rather than silently dropped.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public static JacksonJsonProvider provider() {
        return new JacksonJsonProvider(mapper());
    }
}
