package org.inspectra.api.framework;

import java.util.List;

/**
 * A child-level list the local authority supplies (an "Annex A list").
 *
 * @param id          kebab-case id, e.g. {@code list-3}
 * @param title       the seed's title of the list
 * @param source      seed paragraph or table
 * @param onePerChild whether a child appears at most once ({@code 000 §260}: lists 3-10)
 * @param fields      the columns, in order
 */
public record ChildListSpec(String id, String title, String source, boolean onePerChild, List<FieldSpec> fields) {
    public ChildListSpec {
        fields = List.copyOf(fields);
    }
}
