package org.inspectra.api.selection;

import java.time.Instant;
import java.util.List;

/**
 * The children the lead inspector accepted for one stage.
 *
 * @param stage      the stage
 * @param children   the children with the reason for each, as accepted (proposed, swapped or added)
 * @param acceptedBy who accepted
 * @param acceptedAt when
 */
public record Selection(String stage, List<ProposedChild> children, String acceptedBy, Instant acceptedAt) {
    public Selection {
        children = List.copyOf(children);
    }
}
