package org.inspectra.childdata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;

/**
 * A filter over one list's rows, every condition to hold: {@code field=value} (the value as the field normalises it,
 * so {@code yes} finds {@code Y}), {@code field=*} (any value), {@code field=>n} or {@code field=<n} (integers). For
 * example care leavers in list 9 who are former relevant, {@code eligibility-category=former relevant}; children
 * missing from their placement in list 8, {@code missing-episodes-in-last-12-months=>0}. A field the list's
 * specification does not name is matched as text, for the columns it keeps unchecked.
 */
final class RowFilter implements Predicate<ChildRow> {

    private final List<Predicate<ChildRow>> conditions;

    private RowFilter(List<Predicate<ChildRow>> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    /** @throws InvalidInputException where a condition cannot hold for the field's type */
    static RowFilter of(ChildListSpec spec, Map<String, String> filter) {
        List<Predicate<ChildRow>> conditions = new ArrayList<>();
        filter.forEach((fieldId, wanted) -> conditions.add(condition(spec, fieldId, FieldValues.clean(wanted))));
        return new RowFilter(conditions);
    }

    private static Predicate<ChildRow> condition(ChildListSpec spec, String fieldId, String wanted) {
        FieldSpec field = spec.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst()
                .orElse(new FieldSpec(fieldId, fieldId, FieldType.TEXT, false, List.of(), List.of()));
        if (wanted.equals("*")) {
            return row -> row.value(fieldId) != null;
        }
        if (field.type() == FieldType.INTEGER && (wanted.startsWith(">") || wanted.startsWith("<"))) {
            long bound = bound(fieldId, wanted.substring(1));
            boolean above = wanted.startsWith(">");
            return row -> {
                String value = row.value(fieldId);
                return value != null && (above ? Long.parseLong(value) > bound : Long.parseLong(value) < bound);
            };
        }
        FieldValues.Checked checked = FieldValues.check(field, wanted);
        if (!checked.isOk()) {
            throw new InvalidInputException("The filter on " + fieldId + " cannot match", List.of(
                    new Violation(fieldId, checked.code(), checked.message())));
        }
        String value = checked.value();
        return row -> value.equalsIgnoreCase(row.value(fieldId));
    }

    private static long bound(String fieldId, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The filter on " + fieldId + " needs a whole number", List.of(
                    new Violation(fieldId, "invalid-integer", "a whole number is expected after > or <")));
        }
    }

    @Override
    public boolean test(ChildRow row) {
        return conditions.stream().allMatch(c -> c.test(row));
    }
}
