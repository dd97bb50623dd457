package ${package}.internal;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;

/**
 * The deep-dive list: the children of the theme the local authority sends on the day of notification, from which
 * the lead inspector selects children to track ({@code 003 §19-21}). Keyed by the child's unique identification
 * number, never a name (§19); add the columns the theme's guidance asks for.
 */
final class ThemeChildList {

    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Unique identification number", FieldType.CHILD_ID,
            true, List.of(), List.of("Child unique ID", "Unique ID", "Child ID"));

    static final ChildListSpec LIST = new ChildListSpec("${themeId}-children", "The children of the deep dive "
            + "theme", "003 §19", true, List.of(CHILD_ID));

    private ThemeChildList() {
    }
}
