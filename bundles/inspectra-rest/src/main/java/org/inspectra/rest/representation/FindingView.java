package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.finding.Finding;

/** A finding; {@code warnings} only where it was just recorded. */
public record FindingView(String id, String kind, String text, String judgement, String recordedBy,
                          Instant recordedAt, List<String> warnings) {

    public static FindingView of(Finding f, List<String> warnings) {
        return new FindingView(f.id(), f.kind().id(), f.text(), f.judgement(), f.recordedBy(), f.recordedAt(),
                warnings);
    }
}
