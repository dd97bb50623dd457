package org.inspectra.rest.cache;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.rest.json.JsonMapping;
import org.inspectra.rest.representation.InspectionView;

/**
 * Each inspection's JSON ({@link InspectionView}) as last written, kept while the inspection and its timeline are the
 * very objects it was written from: storage answers an unchanged inspection, and core an unchanged timeline, as the
 * same object (docs/performance.md), so a changed inspection, team, status or timeline, on whichever node, is written
 * afresh. A page of inspections is its inspections' JSON joined into an array: a hundred inspections with some
 * thirty milestones each are about 340 KB that need not be written again while nothing changed, and are not joined
 * again either while every inspection on the page is written as before: the page is then the same array as before
 * (which is also what lets its compressed form be kept, {@link org.inspectra.rest.http.ResponseCompression}).
 */
public final class SerialisedInspections {

    /** Some 3.5 KB each: at most about 7 MB of the heap. */
    static final int KEPT = 2_000;

    /** Bytes of joined pages kept at most: some twenty-five pages of a hundred inspections. */
    static final long KEPT_PAGE_BYTES = 8L << 20;

    private record Kept(Inspection inspection, List<Milestone> milestones, byte[] json) {
    }

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Cache<String, Kept> byId = Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();
    private final Cache<Items, byte[]> pages = Caffeine.newBuilder().maximumWeight(KEPT_PAGE_BYTES)
            .weigher((Items items, byte[] page) -> page.length).executor(Runnable::run).build();

    /** The inspection's JSON with these milestones. */
    public byte[] json(Inspection inspection, List<Milestone> milestones) {
        Kept kept = byId.getIfPresent(inspection.id());
        if (kept != null && kept.inspection() == inspection && kept.milestones() == milestones) {
            return kept.json();
        }
        byte[] json = write(InspectionView.of(inspection, milestones));
        byId.put(inspection.id(), new Kept(inspection, milestones, json));
        return json;
    }

    /**
     * A JSON array of these JSON values (each as {@link #json} answered it), in order: the very array answered before
     * for the same values, else joined now.
     */
    public byte[] page(List<byte[]> items) {
        return pages.get(new Items(items), key -> array(items));
    }

    /** A JSON array of these JSON values, in order. */
    static byte[] array(List<byte[]> items) {
        int size = 2 + Math.max(0, items.size() - 1);
        for (byte[] item : items) {
            size += item.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.write(']');
        return out.toByteArray();
    }

    private byte[] write(InspectionView view) {
        try {
            return mapper.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an inspection did not serialise", e);
        }
    }

    /** A page's values, equal to another page's where each value is the very same array, in the same order. */
    private static final class Items {
        private final byte[][] values;
        private final int hash;

        Items(List<byte[]> values) {
            this.values = values.toArray(byte[][]::new);
            int h = 1;
            for (byte[] value : this.values) {
                h = 31 * h + System.identityHashCode(value);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Items items) || items.values.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (items.values[i] != values[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
