package org.inspectra.api.inspection;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.security.Caller;

/** Opening and reading inspections. */
public interface InspectionService {

    /**
     * Opens an inspection, pinning the named framework version or, where none is named, the newest active one.
     *
     * @throws org.inspectra.api.error.InvalidInputException  where the request is incomplete
     * @throws org.inspectra.api.error.RuleViolationException where it names what the framework does not have
     * @throws org.inspectra.api.error.NotFoundException      where the authority or framework is unknown
     */
    Inspection open(NewInspection request, Caller caller);

    Optional<Inspection> find(String id);

    List<Inspection> search(InspectionQuery query);

    /** The timeline from the pinned framework's milestone rules and the working-day calendar. */
    List<Milestone> milestones(String inspectionId);

    /** Replaces the team; only admins and the inspection's lead inspector may. */
    Inspection replaceTeam(String inspectionId, List<TeamMember> team, Caller caller);
}
