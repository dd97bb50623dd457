package org.inspectra.api.evidence;

import java.time.Instant;

/**
 * An evidence record as it stands, without its text: what coverage counts and dates (API.md, coverage; {@code 003
 * §78}). {@code firstRecordedAt} is when its first revision reached the team's record.
 */
public record EvidenceOutline(String id, String criterion, Assessment assessment, Instant observedAt,
                              Instant firstRecordedAt) {
}
