package org.inspectra.childdata.internal;

import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.security.Caller;

/** Who reads children's data: the inspection's team and administrators, once the inspection is readable at all. */
final class TeamAccess {

    private TeamAccess() {
    }

    static Inspection readableByTeam(InspectionService inspections, String inspectionId, Caller caller) {
        Inspection inspection = inspections.readable(inspectionId, caller);
        if (!caller.isAdmin() && !inspection.hasTeamMember(caller.user())) {
            throw new ForbiddenException("Only the inspection's team and administrators read its children's data");
        }
        return inspection;
    }
}
