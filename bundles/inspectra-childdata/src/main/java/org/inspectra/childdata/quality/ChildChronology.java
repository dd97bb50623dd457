package org.inspectra.childdata.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.Chronology;
import org.inspectra.api.childdata.ChronologyEvent;
import org.inspectra.api.framework.ChildListSpec;

/**
 * A child's chronology: every date of the child's rows whose column dates an event ({@link
 * org.inspectra.api.framework.FieldSpec#meaning()}), oldest first; one day's events in the lists' order, then the
 * rows', then the columns'. A column the list does not type is no event: its text was never read as a date.
 */
public final class ChildChronology {

    private ChildChronology() {
    }

    /** @param rows the child's rows by list, in the framework's list order */
    public static Chronology of(String childId, Map<ChildListSpec, List<ChildRow>> rows) {
        List<ChronologyEvent> events = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        int order = 0;
        for (Map.Entry<ChildListSpec, List<ChildRow>> list : rows.entrySet()) {
            ListLayout layout = new ListLayout(order++, list.getKey(), null);
            for (ChildRow row : list.getValue()) {
                events.addAll(Entry.of(layout, row, interned).events());
            }
        }
        // A stable sort: events of one day keep the order they were added in (list, row, column).
        events.sort(Comparator.comparing(ChronologyEvent::date));
        return new Chronology(childId, events);
    }
}
