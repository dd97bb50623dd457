package org.inspectra.core.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.selection.Balancing;
import org.inspectra.api.selection.BalanceCount;
import org.inspectra.api.selection.ChildProfile;
import org.inspectra.api.selection.ProposedChild;

/**
 * Counts a proposal's balance ({@code 000 §150}, {@code 003 §54}) from the rows its rule read: every row passed to
 * the rule is {@link #observe observed}, so the children it chose from are exactly those on the lists it read, whatever
 * the framework; each child's values are merged across its rows by the engine's {@link Balancing}.
 */
final class CohortBalance {

    /** Age bands in age order, then any other value alphabetically, {@code unknown} last. */
    private static final List<String> AGE_BANDS = List.of("0-4", "5-10", "11-15", "16+");

    private final Balancing balancing;
    private final LocalDate asAt;
    private final Map<String, ChildProfile> seen = new HashMap<>();

    CohortBalance(Balancing balancing, LocalDate asAt) {
        this.balancing = balancing;
        this.asAt = asAt;
    }

    /** One row the rule reads. */
    void observe(ChildRow row) {
        if (row.childId() == null || row.childId().isBlank()) {
            return;
        }
        ChildProfile profile = balancing.profile(row, asAt);
        seen.merge(row.childId(), profile, balancing::merge);
    }

    /** Each factor's values, with how many proposed children and how many candidates have each. */
    List<BalanceCount> counts(List<ProposedChild> proposed) {
        List<BalanceCount> counts = new ArrayList<>();
        for (int i = 0; i < ChildProfile.FACTORS.size(); i++) {
            int index = i;
            Map<String, int[]> byValue = new TreeMap<>(order(ChildProfile.FACTORS.get(i)));
            seen.values().forEach(p -> byValue.computeIfAbsent(p.values().get(index), v -> new int[2])[1]++);
            proposed.forEach(c -> byValue.computeIfAbsent(profileOf(c.childId()).values().get(index),
                    v -> new int[2])[0]++);
            byValue.forEach((value, n) -> counts.add(new BalanceCount(ChildProfile.FACTORS.get(index), value, n[0],
                    n[1])));
        }
        return counts;
    }

    private ChildProfile profileOf(String childId) {
        return seen.getOrDefault(childId, ChildProfile.unknown(childId));
    }

    private static Comparator<String> order(String factor) {
        Comparator<String> known = factor.equals("age")
                ? Comparator.comparingInt((String v) -> AGE_BANDS.contains(v) ? AGE_BANDS.indexOf(v)
                        : AGE_BANDS.size()).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        return Comparator.comparing((String v) -> v.equals(ChildProfile.UNKNOWN)).thenComparing(known);
    }
}
