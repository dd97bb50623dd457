package org.inspectra.api.finding;

import java.time.Instant;

/**
 * A finding the team records for the report or letter.
 *
 * @param id           server-made opaque id
 * @param inspectionId the inspection
 * @param kind         strength, area for improvement or priority action
 * @param text         the finding as it will read
 * @param judgement    the judgement it belongs to, or {@code null}
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 */
public record Finding(String id, String inspectionId, FindingKind kind, String text, String judgement,
                      String recordedBy, Instant recordedAt) {
}
