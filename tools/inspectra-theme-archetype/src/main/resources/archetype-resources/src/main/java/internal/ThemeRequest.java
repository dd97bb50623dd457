package ${package}.internal;

import java.util.List;

import org.inspectra.api.theme.InformationItem;

/** The theme's information request: what the local authority provides for the deep dive, each item cited. */
final class ThemeRequest {

    static final List<InformationItem> ALL = List.of(
            new InformationItem("${themeId}-children-list", "The list of children within the deep dive theme",
                    "003 §19"));

    private ThemeRequest() {
    }
}
