package org.inspectra.api.theme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.Criterion;

/**
 * One deep-dive theme version's content, as data taken from its seed.
 *
 * @param id                 kebab-case id, unique within the framework (e.g. {@code cse-missing})
 * @param version            the theme's version, ordered like framework versions ({@code 2016.01})
 * @param title              the theme as its seed words it
 * @param framework          the id of the framework whose inspections take it (e.g. {@code targeted})
 * @param source             seed paragraph or annex
 * @param criteria           evaluation criteria evidence is recorded against, beside the framework's; ids must not
 *                           clash with the framework's
 * @param childList          the deep-dive list: the children the theme looks at, which the local authority supplies
 * @param informationRequest what the local authority is asked to provide for the theme
 * @param selectionHints     how the lead inspector chooses children from the deep-dive list; may be empty
 */
public record ThemeDefinition(String id, String version, String title, String framework, String source,
                              List<Criterion> criteria, ChildListSpec childList,
                              List<InformationItem> informationRequest, List<SelectionHint> selectionHints) {
    public ThemeDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(childList, "childList");
        criteria = List.copyOf(criteria);
        informationRequest = List.copyOf(informationRequest);
        selectionHints = List.copyOf(selectionHints);
    }

    /** A theme without selection hints. */
    public ThemeDefinition(String id, String version, String title, String framework, String source,
                           List<Criterion> criteria, ChildListSpec childList,
                           List<InformationItem> informationRequest) {
        this(id, version, title, framework, source, criteria, childList, informationRequest, List.of());
    }

    public ThemeKey key() {
        return new ThemeKey(framework, id, version);
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }
}
