package org.inspectra.api.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, in the list's order.
 *
 * @param items the page's items
 * @param next  the cursor of the following page, or {@code null} where this page is the last
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }

    /** The same page with each item turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
