package ${package}.internal;

import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.ThemeDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The deep-dive theme {@code ${themeId}} of the {@code ${framework}} framework, version {@code ${themeVersion}}.
 * The content is data in the classes beside this one, each item citing its seed paragraph; this component only hands
 * it to the platform. A new version of the theme is a new bundle version with a new {@link #VERSION}: inspections
 * keep the version they started with.
 */
@Component(service = DeepDiveTheme.class)
public final class ThemeComponent implements DeepDiveTheme {

    static final String ID = "${themeId}";
    static final String VERSION = "${themeVersion}";
    static final String FRAMEWORK = "${framework}";
    static final String TITLE = "${themeTitle}";

    /** Where the theme is named; replace with the seed paragraph or annex. */
    static final String SOURCE = "${themeId} guidance";

    static final ThemeDefinition DEFINITION = new ThemeDefinition(ID, VERSION, TITLE, FRAMEWORK, SOURCE,
            ThemeCriteria.ALL, ThemeChildList.LIST, ThemeRequest.ALL, ThemeSelection.HINTS);

    @Override
    public ThemeDefinition definition() {
        return DEFINITION;
    }
}
