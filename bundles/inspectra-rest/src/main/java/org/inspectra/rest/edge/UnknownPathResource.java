package org.inspectra.rest.edge;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

import org.inspectra.rest.problem.Problem;

/**
 * Everything under CXF's servlet that is not the API v1 (another version, a {@code ../} that resolved outside it): a
 * 404 problem, published at the servlet's root so CXF picks it only where no longer address matches, instead of its
 * own "No service was found." page.
 */
@Path("/")
public final class UnknownPathResource {

    @GET
    @Path("{any: .*}")
    public Response get() {
        return notFound();
    }

    @HEAD
    @Path("{any: .*}")
    public Response head() {
        return notFound();
    }

    @POST
    @Path("{any: .*}")
    public Response post() {
        return notFound();
    }

    @PUT
    @Path("{any: .*}")
    public Response put() {
        return notFound();
    }

    @DELETE
    @Path("{any: .*}")
    public Response delete() {
        return notFound();
    }

    @PATCH
    @Path("{any: .*}")
    public Response patch() {
        return notFound();
    }

    @OPTIONS
    @Path("{any: .*}")
    public Response options() {
        return notFound();
    }

    private static Response notFound() {
        return Problem.response(Response.Status.NOT_FOUND, "Not Found", "No such resource; the API is under /api/v1")
                .build();
    }
}
