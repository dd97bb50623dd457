package org.inspectra.rest.representation;

import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.finding.FindingKind;

/** {@code POST /inspections/{id}/findings} body (API.md, Findings). */
public record FindingBody(@NotBlank @Size(max = 64) String kind, @NotBlank @Size(max = 5_000) String text,
                          @Size(max = 128) String judgement) {

    public FindingKind findingKind() {
        return FindingKind.fromId(kind).orElseThrow(() -> new InvalidInputException("Unknown finding kind " + kind,
                List.of(new Violation("kind", "unknown-kind", "one of " + List.of(FindingKind.values()).stream()
                        .map(FindingKind::id).toList()))));
    }
}
