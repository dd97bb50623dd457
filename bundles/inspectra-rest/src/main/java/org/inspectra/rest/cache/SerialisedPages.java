package org.inspectra.rest.cache;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.rest.json.JsonMapping;

/**
 * Pages of a list, as written JSON, kept while what the list is made from stands: the caller names that state (for
 * evidence, its {@link org.inspectra.api.evidence.EvidenceTally}, which any change to the inspection's evidence
 * changes, on whichever node), and a page asked for under another state is read and written afresh
 * (docs/performance.md). Bounded by the bytes kept (Caffeine): the least used pages are forgotten.
 *
 * @param <T> what the list holds
 */
public final class SerialisedPages<T> {

    /** A page as written: its JSON array and the cursor of the page after it, if any. */
    public record Written(byte[] json, String next) {
    }

    private record Key(String list, String filter, int limit, String cursor) {
    }

    private record Kept(Object state, Written page) {
    }

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Function<? super T, ?> view;
    private final Cache<Key, Kept> pages;

    public SerialisedPages(Function<? super T, ?> view, long maxBytes) {
        this.view = view;
        this.pages = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((Key key, Kept kept) -> kept.page().json().length + 64)
                .executor(Runnable::run).build();
    }

    /**
     * The page of {@code list} (with its filter, null for none) that {@code request} asks for, as it stands in
     * {@code state}: as written before under the same state, else read by {@code read} and written now.
     */
    public Written page(String list, String filter, PageRequest request, Object state, Supplier<Page<T>> read) {
        Key key = new Key(list, filter, request.limit(), request.cursor());
        Kept kept = pages.getIfPresent(key);
        if (kept != null && Objects.equals(kept.state(), state)) {
            return kept.page();
        }
        Page<T> page = read.get();
        Written written = new Written(write(page.items().stream().map(view).toList()), page.next());
        pages.put(key, new Kept(state, written));
        return written;
    }

    private byte[] write(List<?> views) {
        try {
            return mapper.writeValueAsBytes(views);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page did not serialise", e);
        }
    }
}
