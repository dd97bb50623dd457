package org.inspectra.rest.problem;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.inspectra.api.error.Violation;

/** Malformed JSON, or JSON of the wrong shape, as a 400 naming the field; never Jackson's own message. */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        Violation violation;
        if (e instanceof UnrecognizedPropertyException u) {
            violation = new Violation(path(u), "unknown-field", "no field " + u.getPropertyName() + " here");
        } else if (e instanceof InvalidFormatException f) {
            violation = new Violation(path(f), "invalid-format",
                    "not a valid " + f.getTargetType().getSimpleName() + describeDate(f));
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            violation = new Violation(path(m), "invalid-value", "a value of the wrong kind" + expected(m));
        } else {
            violation = new Violation("", "malformed-json", "the body is not well-formed JSON");
        }
        return Problem.response(Problem.of(Response.Status.BAD_REQUEST, "Invalid input",
                "The request body could not be read", List.of(violation))).build();
    }

    private static String describeDate(InvalidFormatException f) {
        return switch (f.getTargetType().getSimpleName()) {
            case "LocalDate" -> " (a string YYYY-MM-DD, years 0001 to 9999)";
            case "OffsetDateTime" -> " (a string YYYY-MM-DDThh:mm:ss with an offset, e.g. Z or +01:00)";
            default -> "";
        };
    }

    /** What a date or instant field takes, where a value of the wrong JSON type (a number, say) was sent. */
    private static String expected(JsonMappingException m) {
        String message = String.valueOf(m.getOriginalMessage());
        if (message.contains("LocalDate")) {
            return ": a string YYYY-MM-DD";
        }
        return message.contains("OffsetDateTime") ? ": a string YYYY-MM-DDThh:mm:ss with an offset" : "";
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
