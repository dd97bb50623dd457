package org.inspectra.api.framework;

import java.util.List;

/**
 * One column of a child-level list.
 *
 * @param id       kebab-case id
 * @param title    the heading as the seed words it
 * @param type     kind of value
 * @param required whether every row must have it
 * @param codes    allowed codes for {@link FieldType#CODE} fields
 * @param aliases  other headings councils use for the same column
 */
public record FieldSpec(String id, String title, FieldType type, boolean required, List<String> codes,
                        List<String> aliases) {
    public FieldSpec {
        codes = List.copyOf(codes);
        aliases = List.copyOf(aliases);
    }
}
