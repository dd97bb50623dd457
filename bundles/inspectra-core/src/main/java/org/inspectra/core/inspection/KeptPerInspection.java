package org.inspectra.core.inspection;

import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inspectra.api.inspection.Inspection;

/**
 * What is worked out from one inspection and what else it is made from, kept while the inspection is the very object
 * it was worked out from and the rest equal to what it was then: storage answers an unchanged inspection as the same
 * object (its row version unchanged), and a pinned framework version is the same object while its bundle is
 * installed. Whatever changes with the inspection's row version (its team, status, dates, grades, a priority action:
 * each raises it) is therefore never answered stale, on whichever node it changed; the same value is answered while
 * nothing changed, so what is made from it (its JSON) can be kept by identity in turn (docs/performance.md). Bounded
 * (Caffeine): the least used are worked out again when next asked.
 *
 * @param <V> what is worked out
 */
public final class KeptPerInspection<V> {

    private record Kept<V>(Inspection inspection, Object source, V value) {
    }

    private final Cache<String, Kept<V>> byInspection;

    public KeptPerInspection(int capacity) {
        this.byInspection = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /**
     * The value worked out from this inspection and source, as kept if the inspection is the same object and the
     * source equal to those it was worked out from, else worked out now by {@code work} and kept. What the work reads
     * from storage must be followed by the inspection's row version or named in the source (read before the work).
     */
    public V get(Inspection inspection, Object source, Supplier<V> work) {
        Kept<V> kept = byInspection.getIfPresent(inspection.id());
        if (kept != null && kept.inspection() == inspection && Objects.equals(kept.source(), source)) {
            return kept.value();
        }
        V value = work.get();
        byInspection.put(inspection.id(), new Kept<>(inspection, source, value));
        return value;
    }
}
