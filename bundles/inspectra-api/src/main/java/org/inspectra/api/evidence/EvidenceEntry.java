package org.inspectra.api.evidence;

import java.time.Instant;
import java.util.List;

/**
 * What an inspector submits to record or revise evidence; the server adds who and when.
 *
 * @param criterion  criterion id of the inspection's pinned framework version
 * @param source     where the evidence came from
 * @param observedAt when it was gathered
 * @param assessment how it bears on the criterion
 * @param summary    the evaluative summary
 * @param children   case references of the children concerned, possibly empty
 */
public record EvidenceEntry(String criterion, String source, Instant observedAt, Assessment assessment,
                            String summary, List<String> children) {
    public EvidenceEntry {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
