package org.inspectra.rest.representation;

import java.time.Instant;

import org.inspectra.api.document.ChecklistItem;

/** One numbered document of the inspection's Annex A checklist and whether the authority has supplied it. */
public record ChecklistItemView(String number, String section, String title, String source, boolean supplied,
                                String suppliedBy, Instant suppliedAt, String note) {

    public static ChecklistItemView of(ChecklistItem item) {
        return new ChecklistItemView(item.document().number(), item.document().section(), item.document().title(),
                item.document().source(), item.supplied(), item.suppliedBy(), item.suppliedAt(), item.note());
    }
}
