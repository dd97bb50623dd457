package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.registry.RegisteredFramework;

/** A framework version in {@code GET /frameworks} (API.md, Frameworks). */
public record FrameworkSummary(String id, String version, String title, LocalDate publishedOn, String status,
                               List<String> gradeScale, List<InspectionTypeSummary> inspectionTypes,
                               List<JudgementSummary> judgements) {

    public record InspectionTypeSummary(String id, String title, boolean graded) {
    }

    public record JudgementSummary(String id, String title, String kind) {
    }

    public static FrameworkSummary of(RegisteredFramework f) {
        FrameworkDefinition d = f.definition();
        return new FrameworkSummary(d.descriptor().id(), d.descriptor().version(), d.descriptor().title(),
                d.descriptor().publishedOn(), f.status().id(), d.gradeScale().stream().map(Grade::id).toList(),
                d.inspectionTypes().stream().map(t -> new InspectionTypeSummary(t.id(), t.title(), t.graded()))
                        .toList(),
                d.judgements().stream().map(j -> new JudgementSummary(j.id(), j.title(), j.kind().id())).toList());
    }
}
