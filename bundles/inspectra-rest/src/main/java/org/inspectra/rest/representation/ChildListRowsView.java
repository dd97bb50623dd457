package org.inspectra.rest.representation;

import java.util.List;

import org.inspectra.api.childdata.ChildRow;

/** {@code GET /inspections/{id}/child-lists/{listId}}: the list's rows as filtered, and how many. */
public record ChildListRowsView(String listId, int count, List<ChildRow> rows) {

    public static ChildListRowsView of(String listId, List<ChildRow> rows) {
        return new ChildListRowsView(listId, rows.size(), rows);
    }
}
