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
 * thirty milestones each are about 340 KB that need not be written again while nothing changed.
 */
public final class SerialisedInspections {

    /** Some 3.5 KB each: at most about 7 MB of the heap. */
    static final int KEPT = 2_000;

    private record Kept(Inspection inspection, List<Milestone> milestones, byte[] json) {
    }

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Cache<String, Kept> byId = Caffeine.newBuilder().maximumSize(KEPT).executor(Runnable::run).build();

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

    /** A JSON array of these JSON values, in order. */
    public static byte[] array(List<byte[]> items) {
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
}
