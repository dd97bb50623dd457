package org.inspectra.core.inspection;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.security.Caller;

/**
 * Who may do what to one inspection: one place for the checks every service makes. Children's data is sensitive, so
 * the work inside an inspection (evidence, findings, judgements) is for its team and administrators only.
 */
public final class InspectionAccess {

    private InspectionAccess() {
    }

    /** Inspectorate staff read every inspection; a link person reads its own authority's. */
    public static void requireReader(Inspection inspection, Caller caller) {
        if (caller.isStaff() || caller.localAuthorities().contains(inspection.localAuthority())) {
            return;
        }
        throw new ForbiddenException("Only inspectorate staff and the local authority's link people read this "
                + "inspection");
    }

    /** The team's working record: evidence, findings, judgements. */
    public static void requireTeam(Inspection inspection, Caller caller) {
        if (!caller.isAdmin() && !inspection.hasTeamMember(caller.user())) {
            throw new ForbiddenException("Only the inspection's team and administrators work on inspection "
                    + inspection.id());
        }
    }

    /** The authority's side of the conversation: its link people (and administrators). */
    public static void requireLink(Inspection inspection, Caller caller) {
        if (!caller.isAdmin() && !caller.localAuthorities().contains(inspection.localAuthority())) {
            throw new ForbiddenException("Only the link people of local authority " + inspection.localAuthority()
                    + " answer for it");
        }
    }

    /** What passes between the team and the authority (concerns, requests): both sides, no one else. */
    public static void requireTeamOrLink(Inspection inspection, Caller caller) {
        if (!caller.isAdmin() && !inspection.hasTeamMember(caller.user())
                && !caller.localAuthorities().contains(inspection.localAuthority())) {
            throw new ForbiddenException("Only the inspection's team and the local authority's link people see this");
        }
    }

    /** A change to the team's working record: a team member's (or an administrator's), while the inspection is open. */
    public static void requireTeamWrite(Inspection inspection, Caller caller) {
        requireTeam(inspection, caller);
        requireOpen(inspection);
    }

    /** What only the lead inspector decides (closing a line of enquiry, moving the inspection on, the team). */
    public static void requireLead(Inspection inspection, Caller caller) {
        if (!caller.isAdmin() && !isLead(inspection, caller)) {
            throw new ForbiddenException("Only the lead inspector of inspection " + inspection.id()
                    + " and administrators may");
        }
    }

    public static boolean isLead(Inspection inspection, Caller caller) {
        return inspection.team().stream()
                .anyMatch(m -> m.user().equals(caller.user()) && m.role().equals(TeamMember.LEAD_INSPECTOR));
    }

    /** Published inspections are read-only. */
    public static void requireOpen(Inspection inspection) {
        if (inspection.status().readOnly()) {
            throw new ConflictException("Inspection " + inspection.id() + " is " + inspection.statusId()
                    + " and read-only");
        }
    }
}
