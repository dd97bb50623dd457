package org.inspectra.api.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
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

    /** A page of {@link #search(InspectionQuery)}: newest notification first. */
    Page<Inspection> search(InspectionQuery query, PageRequest page);

    /** The timeline from the pinned framework's milestone rules and the working-day calendar. */
    List<Milestone> milestones(String inspectionId);

    /** The timeline of an inspection already read, without reading it again. */
    List<Milestone> milestones(Inspection inspection);

    /**
     * The timelines of inspections already read (a page of a list), by inspection id: what
     * {@link #milestones(Inspection)} answers for each, with what storage must tell read once for all of them.
     */
    default Map<String, List<Milestone>> timelines(List<Inspection> inspections) {
        Map<String, List<Milestone>> timelines = new LinkedHashMap<>();
        inspections.forEach(i -> timelines.put(i.id(), milestones(i)));
        return timelines;
    }

    /** Replaces the team; only admins and the inspection's lead inspector may. */
    Inspection replaceTeam(String inspectionId, List<TeamMember> team, Caller caller);

    /**
     * Moves the inspection to its next status in its type's lifecycle (the platform's statuses less those the type
     * skips, with those its framework adds); past an optional added status, or to it; only its lead inspector and
     * administrators may.
     *
     * @param to              a status id
     * @param expectedVersion the inspection version the caller saw, or {@code null} to skip the check
     * @throws org.inspectra.api.error.InvalidInputException where {@code to} is no status of the type's lifecycle
     * @throws org.inspectra.api.error.ConflictException     where {@code to} is not a next status, or another writer
     *                                                       changed the inspection first
     */
    Inspection advance(String inspectionId, String to, Long expectedVersion, Caller caller);

    /**
     * The inspection as the caller may read it: inspectorate staff read every inspection; a local authority's link
     * person reads its own authority's.
     *
     * @throws org.inspectra.api.error.NotFoundException  where there is no such inspection
     * @throws org.inspectra.api.error.ForbiddenException where the caller may not read it
     */
    Inspection readable(String inspectionId, Caller caller);

}
