package org.inspectra.api.enquiry;

import java.time.Instant;

/**
 * A line of enquiry the team pursues ({@code 000 §141}, §143): opened by any team member, closed only by the lead
 * inspector, who decides when enough evidence has been recorded about an issue ({@code 000 §189}).
 *
 * @param id           server-made opaque id
 * @param inspectionId the inspection
 * @param question     what the team wants to find out
 * @param criterion    the criterion it bears on, or {@code null}
 * @param openedBy     who opened it
 * @param openedAt     when
 * @param closedBy     the lead inspector who closed it, or {@code null} while open
 * @param closedAt     when it was closed
 * @param rationale    why enough evidence is recorded
 * @param version      optimistic-lock version
 */
public record LineOfEnquiry(String id, String inspectionId, String question, String criterion, String openedBy,
                            Instant openedAt, String closedBy, Instant closedAt, String rationale, long version) {

    public boolean open() {
        return closedBy == null;
    }
}
