package org.inspectra.rest.representation;

import java.time.LocalDate;

import org.inspectra.api.inspection.Milestone;

/** A dated milestone: {@code {id, title, due, source}}. */
public record MilestoneView(String id, String title, LocalDate due, String source) {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id(), m.title(), m.due(), m.source());
    }
}
