package org.inspectra.api.document;

import java.time.Instant;

import org.inspectra.api.framework.RequestedDocument;

/**
 * One numbered document an inspection asks the local authority for, and whether it has been supplied.
 *
 * @param document   what is asked for
 * @param suppliedBy the link person who marked it supplied, or {@code null}
 * @param suppliedAt when
 * @param note       what the authority said with it (where to find it, why it is late), or {@code null}
 */
public record ChecklistItem(RequestedDocument document, String suppliedBy, Instant suppliedAt, String note) {

    public boolean supplied() {
        return suppliedBy != null;
    }
}
