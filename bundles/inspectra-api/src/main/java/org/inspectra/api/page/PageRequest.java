package org.inspectra.api.page;

import java.util.List;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;

/**
 * Which page of a list to read: at most {@code limit} items following the position {@code cursor} names.
 *
 * @param limit  how many items at most, from 1 to {@link #MAX_LIMIT}
 * @param cursor the opaque position a previous page's {@link Page#next()} gave, or {@code null} for the first page
 * @throws InvalidInputException where {@code limit} is out of range (a violation on {@code limit})
 */
public record PageRequest(int limit, String cursor) {

    /** A page's size where the client names none. */
    public static final int DEFAULT_LIMIT = 100;

    /** The largest page a client may ask for. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be from 1 to " + MAX_LIMIT, List.of(new Violation("limit",
                    "out-of-range", "from 1 to " + MAX_LIMIT + "; " + limit + " is not")));
        }
    }

    /** The first page of {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
