package org.inspectra.api.framework;

import java.util.List;

/**
 * One fact of a report's context section, as the framework sets it out (SIF: "information about this local
 * authority area", {@code 004} Annex A): a template sentence with placeholders that the lead inspector turns into the
 * authority's statement.
 *
 * @param id         kebab-case id
 * @param heading    the group it is printed under
 * @param template   the sentence with its placeholders (XXX, MONTH YEAR …)
 * @param parts      sub-items printed under it, if any
 * @param optional   left out where it does not apply ("Delete if n/a")
 * @param source     seed paragraph
 */
public record ContextItem(String id, String heading, String template, List<String> parts, boolean optional,
                          String source) {
    public ContextItem {
        parts = List.copyOf(parts);
    }
}
