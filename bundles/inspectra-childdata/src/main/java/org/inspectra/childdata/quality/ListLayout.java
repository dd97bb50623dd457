package org.inspectra.childdata.quality;

import java.util.ArrayList;
import java.util.List;

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

    ListLayout(int order, ChildListSpec spec) {
        this.order = order;
        this.spec = spec;
        List<FieldSpec> dated = new ArrayList<>();
        List<FieldSpec> other = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            if (field.meaning() != null) {
                (field.type() == FieldType.DATE ? dated : other).add(field);
            }
        }
        this.dates = dated.toArray(FieldSpec[]::new);
        this.values = other.toArray(FieldSpec[]::new);
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
        for (int i = 0; i < dates.length; i++) {
            if (dates[i].meaning().equals(meaning)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the other field with this meaning, or -1. */
    int value(String meaning) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].meaning().equals(meaning)) {
                return i;
            }
        }
        return -1;
    }
}
