package org.inspectra.rest.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Path;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.inspectra.api.error.Violation;

/** Bean Validation refusals of request bodies and parameters as a 400 listing each field. */
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::violation)
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return Problem.response(Problem.of(Response.Status.BAD_REQUEST, "Invalid input",
                "The request was refused: " + violations.size() + " field(s) to correct", violations)).build();
    }

    private static Violation violation(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String code = switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            default -> annotation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        };
        return new Violation(field(v.getPropertyPath()), code, v.getMessage());
    }

    /** The JSON field of a violation: the body's path without the method and parameter nodes. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            // Container elements (a list's entries) are named like "<list element>": the index says enough.
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        // A constraint on the body parameter itself (a missing body) has no property path of its own.
        return field.length() == 0 ? "body" : field.toString();
    }
}
