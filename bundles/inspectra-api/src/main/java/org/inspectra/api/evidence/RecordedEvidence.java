package org.inspectra.api.evidence;

import java.util.List;

/**
 * Evidence as stored, with what the personal-data guard noticed in it.
 *
 * @param record   the record as stored
 * @param warnings what looks wrong but did not stop the record (e.g. text that looks like a person's name)
 */
public record RecordedEvidence(EvidenceRecord record, List<String> warnings) {
    public RecordedEvidence {
        warnings = List.copyOf(warnings);
    }
}
