package org.inspectra.rest.resource;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.enquiry.LineOfEnquiry;
import org.inspectra.api.enquiry.LineOfEnquiryService;
import org.inspectra.rest.representation.LineOfEnquiryBody;
import org.inspectra.rest.representation.StepBody;
import org.inspectra.rest.security.Callers;

/** Lines of enquiry: the team opens them; only the lead inspector closes one ({@code 000 §189}). */
@Path("inspections/{id}/lines-of-enquiry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evidence")
@SecurityRequirement(name = "basic")
public final class LinesOfEnquiryResource {

    private final LineOfEnquiryService lines;

    public LinesOfEnquiryResource(LineOfEnquiryService lines) {
        this.lines = lines;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a line of enquiry, optionally against a criterion of the pinned framework version")
    public Response open(@PathParam("id") String id, @NotNull @Valid LineOfEnquiryBody body,
                         @Context SecurityContext security, @Context UriInfo uri) {
        LineOfEnquiry line = lines.open(id, body.question(), body.criterion(), Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(line.id()).build()).entity(line).build();
    }

    @GET
    @Operation(summary = "The inspection's lines of enquiry, open and closed")
    public List<LineOfEnquiry> list(@PathParam("id") String id, @Context SecurityContext security) {
        return lines.list(id, Callers.of(security));
    }

    @PUT
    @Path("{lineId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a line of enquiry with the rationale (text); the lead inspector only")
    public LineOfEnquiry close(@PathParam("id") String id, @PathParam("lineId") String lineId,
                               @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return lines.close(id, lineId, body.text(), body.version(), Callers.of(security));
    }
}
