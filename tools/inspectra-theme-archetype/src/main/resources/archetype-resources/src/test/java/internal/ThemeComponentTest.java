package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.theme.InformationItem;
import org.inspectra.api.theme.SelectionHint;
import org.inspectra.api.theme.ThemeDefinition;
import org.junit.jupiter.api.Test;

/**
 * What the platform relies on in a theme's data. Add tests that hold each item against its seed paragraph
 * (docs/themes.md: {@code org.inspectra.seed.SeedText}).
 */
class ThemeComponentTest {

    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private final ThemeDefinition definition = new ThemeComponent().definition();

    @Test
    void identifiesTheThemeAndTheFrameworkItServes() {
        assertThat(definition.id()).isEqualTo("${themeId}").matches(KEBAB);
        assertThat(definition.framework()).isEqualTo("${framework}");
        assertThat(definition.version()).isEqualTo("${themeVersion}");
        assertThat(definition.title()).isNotBlank();
    }

    @Test
    void idsAreKebabCaseUniqueAndCriteriaCarryTheThemePrefix() {
        assertThat(definition.criteria()).isNotEmpty().extracting(Criterion::id)
                .allMatch(id -> id.matches(KEBAB) && id.startsWith(definition.id() + "-")).doesNotHaveDuplicates();
        assertThat(definition.childList().id()).matches(KEBAB);
        assertThat(Stream.concat(definition.informationRequest().stream().map(InformationItem::id),
                definition.selectionHints().stream().map(SelectionHint::id))).allMatch(id -> id.matches(KEBAB));
    }

    @Test
    void everyItemCitesItsSource() {
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
        assertThat(definition.childList().source()).isNotBlank();
        assertThat(definition.informationRequest()).allSatisfy(i -> assertThat(i.source()).isNotBlank());
        assertThat(definition.selectionHints()).allSatisfy(h -> assertThat(h.source()).isNotBlank());
    }
}
