package org.inspectra.rest.representation;

import java.time.OffsetDateTime;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.EvidenceEntry;

/**
 * {@code POST /inspections/{id}/evidence} and {@code PUT …/evidence/{evidenceId}} body (API.md, Evidence). On a
 * revision, {@code revision} is the one the writer edited.
 */
public record EvidenceBody(@NotBlank @Size(max = 128) String criterion, @NotBlank @Size(max = 500) String source,
                           @NotNull OffsetDateTime observedAt, @NotBlank @Size(max = 64) String assessment,
                           @NotBlank @Size(max = 10_000) String summary, @Size(max = 50) List<@NotNull @Size(max = 64) String> children,
                           @PositiveOrZero Integer revision) {

    public EvidenceEntry toEntry() {
        Assessment a = Assessment.fromId(assessment).orElseThrow(() -> new InvalidInputException(
                "Unknown assessment " + assessment, List.of(new Violation("assessment", "unknown-assessment",
                "one of " + List.of(Assessment.values()).stream().map(Assessment::id).toList()))));
        return new EvidenceEntry(criterion, source, observedAt.toInstant(), a, summary, children);
    }
}
