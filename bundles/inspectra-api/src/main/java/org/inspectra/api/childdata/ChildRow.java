package org.inspectra.api.childdata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One accepted row of a child-level list.
 *
 * @param row     the row number in the uploaded sheet (the heading row is row 1)
 * @param childId the child unique ID ({@code 000 §259}), or {@code null} in a list that has none (list 11)
 * @param values  the row's values by field id, in column order, normalised (dates ISO, flags {@code Y}/{@code N},
 *                codes as the framework spells them); empty cells are left out
 */
public record ChildRow(long row, String childId, Map<String, String> values) {

    /** The most characters of field ids and values one row may hold; longer rows are rejected, never stored. */
    public static final int MAX_CHARACTERS = 30_000;

    public ChildRow {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The characters of the row's field ids and values together. */
    public int characters() {
        return values.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
    }

    /** The value of one field, or {@code null} where the cell was empty or the list has no such field. */
    public String value(String fieldId) {
        return values.get(fieldId);
    }
}
