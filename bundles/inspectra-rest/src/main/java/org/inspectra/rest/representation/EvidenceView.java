package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.RecordedEvidence;
import org.inspectra.rest.http.Versioned;

/** An evidence record as API.md shows it; {@code warnings} only where it was just recorded or revised. */
public record EvidenceView(String id, String criterion, String source, Instant observedAt, String assessment,
                           String summary, List<String> children, String recordedBy, Instant recordedAt,
                           int revision, List<String> warnings) implements Versioned {

    @Override
    public long entityVersion() {
        return revision;
    }

    public static EvidenceView of(EvidenceRecord r) {
        return of(r, List.of());
    }

    public static EvidenceView of(RecordedEvidence recorded) {
        return of(recorded.record(), recorded.warnings());
    }

    private static EvidenceView of(EvidenceRecord r, List<String> warnings) {
        return new EvidenceView(r.id(), r.criterion(), r.source(), r.observedAt(), r.assessment().id(), r.summary(),
                r.children(), r.recordedBy(), r.recordedAt(), r.revision(), warnings);
    }
}
