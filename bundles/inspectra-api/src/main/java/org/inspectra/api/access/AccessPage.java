package org.inspectra.api.access;

import java.util.List;

/**
 * One page of an inspection's access log, oldest first.
 *
 * @param records    the records of the page
 * @param nextCursor the cursor of the next page, or {@code null} where this is the last
 */
public record AccessPage(List<DataAccess> records, String nextCursor) {
    public AccessPage {
        records = List.copyOf(records);
    }
}
