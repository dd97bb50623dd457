package org.inspectra.childdata.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;

/**
 * Where a list keeps what the checks read: its dated events and its other fields with a meaning, each at a fixed
 * position, so a row's facts are two small arrays rather than a map of strings.
 */
final class ListLayout {

    private final int order;
    private final ChildListSpec spec;
    private final FieldSpec[] dates;
    private final FieldSpec[] values;
    private final boolean takesUnborn;
    private final int notified;
    private final int periodStart;
    /** Each meaning's first position: the rules look meanings up for every row. */
    private final Map<String, Integer> datePositions = new HashMap<>();
    private final Map<String, Integer> valuePositions = new HashMap<>();

    /** @param notifiedOn the notification date the checks count from, or {@code null} where none is needed */
    ListLayout(int order, ChildListSpec spec, java.time.LocalDate notifiedOn) {
        this.order = order;
        this.spec = spec;
        this.takesUnborn = spec.fieldMeaning(org.inspectra.api.framework.Meanings.EXPECTED_BIRTH).isPresent();
        this.notified = notifiedOn == null ? Integer.MAX_VALUE : (int) notifiedOn.toEpochDay();
        this.periodStart = notifiedOn == null || spec.period() == null ? Integer.MIN_VALUE
                : (int) notifiedOn.minusMonths(spec.period().months()).toEpochDay();
        List<FieldSpec> dated = new ArrayList<>();
        List<FieldSpec> other = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            if (field.meaning() != null) {
                (field.type() == FieldType.DATE ? dated : other).add(field);
            }
        }
        this.dates = dated.toArray(FieldSpec[]::new);
        this.values = other.toArray(FieldSpec[]::new);
        for (int i = dates.length - 1; i >= 0; i--) {
            datePositions.put(dates[i].meaning(), i);
        }
        for (int i = values.length - 1; i >= 0; i--) {
            valuePositions.put(values[i].meaning(), i);
        }
    }

    /** Whether the list takes unborn children (it has an expected date of birth, {@code 004 Annex A, Table 2}). */
    boolean takesUnborn() {
        return takesUnborn;
    }

    /** The notification date's day number. */
    int notified() {
        return notified;
    }

    /** The first day of the list's period, counted back from the notification date. */
    int periodStart() {
        return periodStart;
    }

    /** The list's place in the framework's order. */
    int order() {
        return order;
    }

    ChildListSpec spec() {
        return spec;
    }

    FieldSpec[] dates() {
        return dates;
    }

    FieldSpec[] values() {
        return values;
    }

    /** The position of the date with this meaning, or -1. */
    int date(String meaning) {
        return datePositions.getOrDefault(meaning, -1);
    }

    /** The position of the other field with this meaning, or -1. */
    int value(String meaning) {
        return valuePositions.getOrDefault(meaning, -1);
    }
}
