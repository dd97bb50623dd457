package org.inspectra.api.childdata;

import java.util.List;

/**
 * Every dated event of one child across an inspection's lists, oldest first (API.md, {@code GET
 * …/children/{childId}/chronology}); events of one day keep the lists' order, then the columns'.
 *
 * @param childId the child unique ID
 * @param events  the events
 */
public record Chronology(String childId, List<ChronologyEvent> events) {
    public Chronology {
        events = List.copyOf(events);
    }
}
