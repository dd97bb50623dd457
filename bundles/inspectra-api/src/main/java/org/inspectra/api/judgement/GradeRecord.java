package org.inspectra.api.judgement;

import java.time.Instant;
import java.util.List;

/**
 * A grade the team has given one judgement.
 *
 * @param judgement        judgement id of the pinned framework version
 * @param grade            grade id on the framework's scale
 * @param rationale        why, in the team's words ({@code 000 §101} asks for it where leaders are good beside an
 *                         inadequate practice judgement)
 * @param acceptedWarnings ids of the soft rules the team accepted with this rationale
 * @param gradedBy         who gave it
 * @param gradedAt         when
 * @param version          1 when first given, one more each time it changes
 */
public record GradeRecord(String judgement, String grade, String rationale, List<String> acceptedWarnings,
                          String gradedBy, Instant gradedAt, long version) {
    public GradeRecord {
        acceptedWarnings = List.copyOf(acceptedWarnings);
    }
}
