package org.inspectra.rest.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem+json. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No such resource";
            case 405 -> "This resource does not take that method";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 415 -> "This resource does not take that media type";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Problem.response(status, status.getReasonPhrase(), detail);
        // Keep Allow and similar headers the refusal carries.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
