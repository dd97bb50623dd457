package org.inspectra.api.evidence;

import java.time.Instant;
import java.util.List;

/**
 * A contemporaneous evidence record ({@code 000 §182-193}, {@code 003 §75-81}): what was seen, where and when,
 * evaluated against one criterion of the pinned framework version. It names no one: children are referred to by
 * their case reference, staff by job title ({@code 000 §192}, {@code 003 §80}).
 *
 * @param id           server-made opaque id
 * @param inspectionId the inspection it belongs to
 * @param criterion    criterion id of the pinned framework version
 * @param source       where the evidence came from (case file, meeting, observation …)
 * @param observedAt   when the evidence was gathered
 * @param assessment   how it bears on the criterion
 * @param summary      the evaluative summary
 * @param children     case references of the children it concerns
 * @param recordedBy   who recorded it (set by the server)
 * @param recordedAt   when (set by the server)
 * @param revision     1 when first recorded, one more for each edit; earlier revisions are kept
 */
public record EvidenceRecord(String id, String inspectionId, String criterion, String source, Instant observedAt,
                             Assessment assessment, String summary, List<String> children, String recordedBy,
                             Instant recordedAt, int revision) {
    public EvidenceRecord {
        children = List.copyOf(children);
    }
}
