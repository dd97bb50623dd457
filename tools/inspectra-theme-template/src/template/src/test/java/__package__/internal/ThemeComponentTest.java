package [[PACKAGE]].internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.theme.ThemeDefinition;
import org.junit.jupiter.api.Test;

/** What the platform relies on in a theme's data. Add tests that hold each item against its seed paragraph. */
class ThemeComponentTest {

    private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private final ThemeDefinition definition = new ThemeComponent().definition();

    @Test
    void identifiesTheThemeAndTheFrameworkItServes() {
        assertThat(definition.id()).isEqualTo("[[THEME_ID]]").matches(KEBAB);
        assertThat(definition.framework()).isEqualTo("[[FRAMEWORK]]");
        assertThat(definition.version()).isEqualTo("[[THEME_VERSION]]");
        assertThat(definition.title()).isNotBlank();
    }

    @Test
    void idsAreKebabCaseUniqueAndCriteriaCarryTheThemePrefix() {
        assertThat(definition.criteria()).isNotEmpty().extracting(Criterion::id)
                .allMatch(id -> id.matches(KEBAB) && id.startsWith(definition.id() + "-")).doesNotHaveDuplicates();
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
        assertThat(definition.childList().id()).matches(KEBAB);
        assertThat(Stream.concat(definition.informationRequest().stream().map(i -> i.id()),
                definition.selectionHints().stream().map(h -> h.id()))).allMatch(id -> id.matches(KEBAB));
    }
}
