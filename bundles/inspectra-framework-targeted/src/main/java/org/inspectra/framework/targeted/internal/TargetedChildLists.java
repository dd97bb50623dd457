package org.inspectra.framework.targeted.internal;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;

/**
 * The child-level list every targeted inspection starts from: the children of the deep dive theme, which the DCS
 * sends by the end of day 0 ({@code 003 §9 (table)}, §19) and from which the lead inspector selects 20 on day 1.
 *
 * <p>Its other columns, and "the remaining lists of children and young people" of day 2, belong to the theme's own
 * information request (Annex A, separate guidance per theme), so this framework names only the key: §19 asks for
 * "Unique identification numbers, rather than full names". The seed does not say whether a child may appear twice,
 * so the list is not marked one row per child.
 */
final class TargetedChildLists {

    static final String DEEP_DIVE_CHILDREN = "deep-dive-children";

    /** §19; the aliases are the headings the ILACS lists use for the same key, so one spreadsheet serves both. */
    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Unique identification number", FieldType.CHILD_ID,
            true, List.of(), List.of("Child unique ID", "Unique ID", "Child ID"));

    static final ChildListSpec DEEP_DIVE = new ChildListSpec(DEEP_DIVE_CHILDREN,
            "The list of children from the deep dive theme", "003 §9 (table), §19", false, List.of(CHILD_ID));

    static final List<ChildListSpec> ALL = List.of(DEEP_DIVE);

    private TargetedChildLists() {
    }
}
