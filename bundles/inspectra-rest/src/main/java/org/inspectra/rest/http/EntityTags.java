package org.inspectra.rest.http;

import java.util.Optional;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.inspectra.rest.problem.Problem;

/**
 * Conditional requests on the single resources that change (API.md, Conditional requests): an inspection, a judgement
 * and an evidence record carry their version as a strong entity tag ({@code "v3"}); a write with {@code If-Match}
 * whose tag is no longer the current one answers 412 and changes nothing. The tag is the same version the bodies'
 * {@code version} and {@code revision} fields carry, so the two ways of saying "the one I read" agree.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag("v" + version);
    }

    /**
     * The version an {@code If-Match} header names, empty where there is none or it is {@code *}.
     *
     * @throws WebApplicationException 412 where the header names no version of ours, or not {@code current}
     */
    public static Optional<Long> requireMatch(HttpHeaders headers, long current) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Optional.empty();
        }
        for (String tag : header.split(",")) {
            Optional<Long> version = version(tag.trim());
            if (version.isPresent() && version.get() == current) {
                return version;
            }
        }
        throw new WebApplicationException(Problem.response(Response.Status.PRECONDITION_FAILED,
                "Precondition Failed", "The resource has changed since it was read (If-Match " + header.trim()
                        + ", now " + of(current) + "); read it again and retry").tag(of(current)).build());
    }

    /** The version in a tag {@code "v3"} (a weak {@code W/} tag never matches, RFC 9110 §13.1.1). */
    static Optional<Long> version(String tag) {
        if (tag.length() < 4 || !tag.startsWith("\"v") || !tag.endsWith("\"")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(tag.substring(2, tag.length() - 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
