package org.inspectra.rest.edge;

import java.util.List;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;

import org.inspectra.api.error.Violation;
import org.inspectra.rest.problem.Problem;

/**
 * Path and query parameters checked before any resource or store sees them. An id in a path matches exactly or names
 * nothing: a value with white space, a control character or more than {@value #MAX_ID} characters is a 404 (Derby
 * compares VARCHAR ignoring trailing spaces, so {@code …/inspections/<id>%20} would otherwise find {@code <id>}, and
 * PostgreSQL would not: the answer must not depend on the database). A query value longer than {@value #MAX_QUERY}
 * characters or with a control character is a 400.
 */
@Priority(Priorities.AUTHORIZATION)
public final class ParameterFilter implements ContainerRequestFilter {

    static final int MAX_ID = 128;
    static final int MAX_QUERY = 256;

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (!exactId(value)) {
                    request.abortWith(Problem.response(Response.Status.NOT_FOUND, "Not found",
                            "No " + parameter.getKey() + " of that name: ids have at most " + MAX_ID
                                    + " characters and no spaces or control characters").build());
                    return;
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_QUERY || value.chars().anyMatch(Character::isISOControl)) {
                    request.abortWith(Problem.response(Problem.of(Response.Status.BAD_REQUEST, "Invalid input",
                            "A query parameter was refused", List.of(new Violation(parameter.getKey(),
                                    "invalid-value", "at most " + MAX_QUERY
                                    + " characters and no control characters")))).build());
                    return;
                }
            }
        }
    }

    static boolean exactId(String value) {
        if (value.isEmpty() || value.length() > MAX_ID) {
            return false;
        }
        return value.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c));
    }
}
