package org.inspectra.rest.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ChildView;
import org.inspectra.api.childdata.Chronology;
import org.inspectra.rest.security.Callers;

/** One child across the inspection's child-level lists, by the child unique ID that links them ({@code 000 §259}). */
@Path("inspections/{id}/children")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class ChildrenResource {

    private final ChildDataService childData;

    public ChildrenResource(ChildDataService childData) {
        this.childData = childData;
    }

    @GET
    @Path("{childId}")
    @Operation(summary = "Every list the child is on, with the child's rows; 404 for a child on no list")
    public ChildView child(@PathParam("id") String id, @PathParam("childId") String childId,
                           @Context SecurityContext security) {
        return childData.child(id, childId, Callers.of(security));
    }

    @GET
    @Path("{childId}/chronology")
    @Operation(summary = "Every dated event of the child across the lists, oldest first, each traced to its list, "
            + "row and field (event: a kebab-case id such as referral, assessment-start, cp-plan-start, "
            + "started-looked-after); 404 for a child on no list")
    public Chronology chronology(@PathParam("id") String id, @PathParam("childId") String childId,
                                 @Context SecurityContext security) {
        return childData.chronology(id, childId, Callers.of(security));
    }
}
