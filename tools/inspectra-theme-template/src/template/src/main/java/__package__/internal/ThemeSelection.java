package [[PACKAGE]].internal;

import java.util.List;

import org.inspectra.api.theme.SelectionHint;

/** How the lead inspector chooses children from the deep-dive list; may be empty. */
final class ThemeSelection {

    static final List<SelectionHint> HINTS = List.of(
            new SelectionHint("balance", "age, gender, disability and ethnicity", "003 §54"));

    private ThemeSelection() {
    }
}
