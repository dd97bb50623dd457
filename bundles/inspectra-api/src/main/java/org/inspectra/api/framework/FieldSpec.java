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
 * @param meaning  what the column says about the child, in the platform's words shared by every framework
 *                 ({@link Meanings}): for a date, the event it dates (its id in a child's chronology); {@code null}
 *                 where the column means nothing the platform's checks read
 */
public record FieldSpec(String id, String title, FieldType type, boolean required, List<String> codes,
                        List<String> aliases, String meaning) {
    public FieldSpec {
        codes = List.copyOf(codes);
        aliases = List.copyOf(aliases);
    }

    /** A column without a meaning the platform reads. */
    public FieldSpec(String id, String title, FieldType type, boolean required, List<String> codes,
                     List<String> aliases) {
        this(id, title, type, required, codes, aliases, null);
    }

    /** The same column with this meaning. */
    public FieldSpec meaning(String newMeaning) {
        return new FieldSpec(id, title, type, required, codes, aliases, newMeaning);
    }

    /** Whether the column dates an event of the child's (a date with a meaning). */
    public boolean datesAnEvent() {
        return type == FieldType.DATE && meaning != null;
    }
}
