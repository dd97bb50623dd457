package ${package}.internal;

import java.util.List;

import org.inspectra.api.theme.SelectionHint;

/**
 * How the lead inspector chooses children from the deep-dive list; may be empty. The balance every targeted
 * inspection keeps (003 §54) is here to start from; add the theme's own hints from its guidance, each cited, and
 * delete what the theme does not use.
 */
final class ThemeSelection {

    static final List<SelectionHint> HINTS = List.of(
            new SelectionHint("balance", "age, gender, disability and ethnicity", "003 §54"),
            new SelectionHint("stages", "children and young people at different stages of involvement with public "
                    + "services", "003 §54"),
            new SelectionHint("local-context", "any contextual issues specific to the local area in relation to the "
                    + "deep dive theme", "003 §54"));

    private ThemeSelection() {
    }
}
