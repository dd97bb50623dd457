package org.inspectra.api.framework;

import java.util.List;
import java.util.Optional;

/**
 * The service a framework bundle registers, one per framework version it provides. The platform tracks these as
 * bundles come and go; several versions of one framework may be registered side by side.
 */
public interface InspectionFramework {

    /** The version's content, immutable. */
    FrameworkDefinition definition();

    /** The rules that bind this version's grades together; none by default. */
    default List<JudgementRule> judgementRules() {
        return List.of();
    }

    /** The rules that propose the children inspectors track, one per stage (e.g. {@code 000 §150}); none by default. */
    default List<SelectionRule> selectionRules() {
        return List.of();
    }

    /**
     * The framework's own consistency checks of its child-level lists, run beside the platform's checks, which every
     * framework's lists get by their fields' meanings; none by default.
     */
    default List<org.inspectra.api.quality.ConsistencyCheck> consistencyChecks() {
        return List.of();
    }

    /**
     * Where a local authority goes next after an inspection of this framework whose overall effectiveness was
     * {@code overallGrade} (ILACS pathways, {@code 000 §13-24}); empty for frameworks without pathways.
     */
    default Optional<Pathway> pathwayAfter(String overallGrade) {
        return Optional.empty();
    }

    /**
     * The numbered documents the local authority supplies for an inspection of this framework version (Annex A
     * lists); none by default.
     */
    default List<RequestedDocument> requestedDocuments() {
        return List.of();
    }

    /** The facts of the report's context section, in the order printed; none by default. */
    default List<ContextItem> areaContext() {
        return List.of();
    }

    /**
     * The report or letter an inspection of this type calls for, for this audience ({@code public} or
     * {@code children}); empty where the framework has none.
     */
    default Optional<ReportTemplate> reportTemplate(String inspectionType, String audience) {
        return Optional.empty();
    }
}
