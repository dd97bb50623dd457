package org.inspectra.api.selection;

import java.util.List;

/**
 * One child's values of the factors several frameworks ask a selection to balance: age, gender, disability and
 * ethnicity ({@code 000 §150}, {@code 003 §54}). {@link Balancing#profile} reads them from a list row.
 *
 * @param childId    the child unique ID
 * @param age        age band: {@code 0-4}, {@code 5-10}, {@code 11-15}, {@code 16+}, or {@link #UNKNOWN}
 * @param gender     as the list spells it, lower case, or {@link #UNKNOWN}
 * @param disability {@code Y} or {@code N}, or {@link #UNKNOWN}
 * @param ethnicity  as the list spells it, lower case, or {@link #UNKNOWN}
 */
public record ChildProfile(String childId, String age, String gender, String disability, String ethnicity) {

    /** The value of a factor no row records. */
    public static final String UNKNOWN = "unknown";

    /** The factors, in the order of {@link #values()}. */
    public static final List<String> FACTORS = List.of("age", "gender", "disability", "ethnicity");

    /** A child no row describes. */
    public static ChildProfile unknown(String childId) {
        return new ChildProfile(childId, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
    }

    /** Age band, gender, disability, ethnicity. */
    public List<String> values() {
        return List.of(age, gender, disability, ethnicity);
    }
}
