package org.inspectra.rest.page;

import java.util.List;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.page.PageRequest;

/**
 * The query parameters of a paged list (API.md, Paging), taken as text so a malformed one is a 400, not a 404. Each
 * paged resource method names them, annotated with {@link #LIMIT} and {@link #CURSOR} for the OpenAPI document.
 */
public final class PageParameters {

    /** The OpenAPI description of {@code limit}. */
    public static final String LIMIT = "How many items at most, 1 to " + PageRequest.MAX_LIMIT + " (default "
            + PageRequest.DEFAULT_LIMIT + "); any other value is a 400 with a violation on limit";

    /** The OpenAPI description of {@code cursor}. */
    public static final String CURSOR = "Where the page starts: the cursor of the previous page's Link rel=\"next\", "
            + "unchanged; absent for the first page; one this list did not give is a 400 with a violation on cursor";

    /** The schema's bounds and default, as OpenAPI annotations take them. */
    public static final String MAX = "" + PageRequest.MAX_LIMIT;
    public static final String DEFAULT = "" + PageRequest.DEFAULT_LIMIT;

    private PageParameters() {
    }

    /** The page asked for by the {@code limit} and {@code cursor} query parameters, either absent or blank. */
    public static PageRequest request(String limit, String cursor) {
        return new PageRequest(limit(limit), cursor == null || cursor.isBlank() ? null : cursor.trim());
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("limit must be a whole number", List.of(new Violation("limit",
                    "not-a-number", "a whole number from 1 to " + PageRequest.MAX_LIMIT)));
        }
    }
}
