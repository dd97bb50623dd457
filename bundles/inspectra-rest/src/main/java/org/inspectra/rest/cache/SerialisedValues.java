package org.inspectra.rest.cache;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inspectra.rest.json.JsonMapping;

/**
 * Values' JSON as last written, kept while core answers the very same value object: core answers an unchanged
 * value as the same object ({@code KeptPerInspection}, docs/performance.md), so a changed one, on whichever node it
 * changed, is written afresh. Bounded (Caffeine): the least used are written again when next asked for.
 *
 * @param <T> the value written
 */
public final class SerialisedValues<T> {

    private record Kept(Object value, byte[] json) {
    }

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Function<? super T, ?> view;
    private final Cache<String, Kept> byKey;

    public SerialisedValues(Function<? super T, ?> view, int capacity) {
        this.view = view;
        this.byKey = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** The JSON of {@code value}'s view, as written before for {@code key} if it was this very object. */
    public byte[] json(String key, T value) {
        Kept kept = byKey.getIfPresent(key);
        if (kept != null && kept.value() == value) {
            return kept.json();
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(view.apply(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value did not serialise", e);
        }
        byKey.put(key, new Kept(value, json));
        return json;
    }
}
