package org.inspectra.rest.problem;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.inspectra.api.error.Violation;

/**
 * An RFC 9457 problem document (API.md, Conventions): {@code type}, {@code title}, {@code status}, {@code detail}
 * and, where input was refused, {@code violations}.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(Response.StatusType status, String title, String detail, List<Violation> violations) {
        return new Problem(typeOf(status), title, status.getStatusCode(), detail, violations);
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String title, String detail) {
        return response(of(status, title, detail, List.of()));
    }

    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
    }

    /** A stable URI naming the kind of problem, e.g. {@code urn:inspectra:problem:not-found}. */
    static String typeOf(Response.StatusType status) {
        String reason = status.getReasonPhrase() == null ? "error-" + status.getStatusCode()
                : status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "urn:inspectra:problem:" + reason.replaceAll("(^-|-$)", "");
    }
}
