package org.inspectra.api.framework;

import java.util.List;

/**
 * The period before the notification date a child-level list covers, counted back in months ({@code 000 §258}: "in
 * the three months before inspection"), and the events of a row that must fall in it.
 *
 * @param months how far back from the notification date
 * @param kind   how the row's events are held against it
 * @param events the event meanings ({@link FieldSpec#meaning()}) the period applies to
 * @param source the seed paragraph or table that sets the period
 */
public record ListPeriod(int months, Kind kind, List<String> events, String source) {
    public ListPeriod {
        events = List.copyOf(events);
    }

    /** How a row's events are held against the period. */
    public enum Kind {
        /** The event that puts the child on the list happened in the period: the latest of the events given. */
        EVENT_WITHIN,
        /**
         * The list is of children as at the point of inspection and those whose episode ended in the period: an
         * ending, where the row gives one, falls in it.
         */
        ENDED_WITHIN
    }
}
