package org.inspectra.rest.problem;

import javax.ws.rs.core.Response;

/** HTTP 422, which JAX-RS 2.1 has no constant for. */
final class UnprocessableEntity implements Response.StatusType {

    static final Response.StatusType STATUS = new UnprocessableEntity();

    @Override
    public int getStatusCode() {
        return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
        return "Unprocessable Content";
    }
}
