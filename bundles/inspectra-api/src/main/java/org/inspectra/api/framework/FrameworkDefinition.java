package org.inspectra.api.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One framework version's content, as data taken from its seed.
 *
 * @param descriptor      identity and publication
 * @param gradeScale      the framework's own scale, best grade first
 * @param inspectionTypes the inspections and visits it defines
 * @param judgements      the judgements it grades
 * @param criteria        evaluation criteria evidence is recorded against
 * @param childLists      child-level lists the local authority supplies
 */
public record FrameworkDefinition(FrameworkDescriptor descriptor, List<Grade> gradeScale,
                                  List<InspectionType> inspectionTypes, List<Judgement> judgements,
                                  List<Criterion> criteria, List<ChildListSpec> childLists) {
    public FrameworkDefinition {
        Objects.requireNonNull(descriptor, "descriptor");
        gradeScale = List.copyOf(gradeScale);
        inspectionTypes = List.copyOf(inspectionTypes);
        judgements = List.copyOf(judgements);
        criteria = List.copyOf(criteria);
        childLists = List.copyOf(childLists);
    }

    public FrameworkKey key() {
        return descriptor.key();
    }

    public Optional<InspectionType> inspectionType(String id) {
        return inspectionTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Judgement> judgement(String id) {
        return judgements.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Grade> grade(String id) {
        return gradeScale.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** Whether any of the framework's inspection types takes a deep-dive theme. */
    public boolean takesThemes() {
        return inspectionTypes.stream().anyMatch(InspectionType::takesTheme);
    }

    public Optional<ChildListSpec> childList(String id) {
        return childLists.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
