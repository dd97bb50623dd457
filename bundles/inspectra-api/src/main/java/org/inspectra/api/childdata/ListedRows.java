package org.inspectra.api.childdata;

import java.util.List;

/**
 * A child's rows in one list.
 *
 * @param listId the list id
 * @param title  the list's title in the pinned framework version
 * @param rows   the child's rows, in sheet order
 */
public record ListedRows(String listId, String title, List<ChildRow> rows) {
    public ListedRows {
        rows = List.copyOf(rows);
    }
}
