package ${package}.internal;

import java.util.List;

import org.inspectra.api.framework.Criterion;

/**
 * The theme's evaluation criteria, recorded against beside the framework's. Ids must not clash with the framework's
 * criteria: prefix them with the theme id. A targeted inspection grades nothing, so no criterion names a judgement.
 * Replace the example with the criteria of the theme's guidance, each citing its paragraph.
 */
final class ThemeCriteria {

    static final Criterion EXAMPLE = new Criterion("${themeId}-response", "The response to the children of the "
            + "deep dive", null, ThemeComponent.SOURCE, List.of());

    static final List<Criterion> ALL = List.of(EXAMPLE);

    private ThemeCriteria() {
    }
}
