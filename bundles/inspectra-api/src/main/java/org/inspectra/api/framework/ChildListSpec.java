package org.inspectra.api.framework;

import java.util.List;
import java.util.Optional;

/**
 * A child-level list the local authority supplies (an "Annex A list").
 *
 * @param id          kebab-case id, e.g. {@code list-3}
 * @param title       the seed's title of the list
 * @param source      seed paragraph or table
 * @param onePerChild whether a child appears at most once ({@code 000 §260}: lists 3-10)
 * @param fields      the columns, in order
 * @param cohort      who the list is of, in the platform's words ({@link Meanings#LOOKED_AFTER},
 *                    {@link Meanings#CARE_LEAVERS}, …), or {@code null} where no check needs to know
 * @param period      the period before the notification date the list covers, or {@code null} where the seed gives
 *                    none (the children as at the point of inspection)
 */
public record ChildListSpec(String id, String title, String source, boolean onePerChild, List<FieldSpec> fields,
                            String cohort, ListPeriod period) {
    public ChildListSpec {
        fields = List.copyOf(fields);
    }

    /** A list with no cohort and no period the platform's checks read. */
    public ChildListSpec(String id, String title, String source, boolean onePerChild, List<FieldSpec> fields) {
        this(id, title, source, onePerChild, fields, null, null);
    }

    /** The same list of this cohort, covering this period. */
    public ChildListSpec covering(String newCohort, ListPeriod newPeriod) {
        return new ChildListSpec(id, title, source, onePerChild, fields, newCohort, newPeriod);
    }

    /** The first column with this meaning. */
    public Optional<FieldSpec> fieldMeaning(String meaning) {
        return fields.stream().filter(f -> meaning.equals(f.meaning())).findFirst();
    }
}
