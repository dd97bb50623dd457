package org.inspectra.api.childdata;

import java.util.List;

/**
 * One child across the lists (API.md, {@code GET /inspections/{id}/children/{childId}}).
 *
 * @param childId the child unique ID, consistent across the lists ({@code 000 §259})
 * @param lists   every list the child is on, in the framework's list order
 */
public record ChildView(String childId, List<ListedRows> lists) {
    public ChildView {
        lists = List.copyOf(lists);
    }
}
