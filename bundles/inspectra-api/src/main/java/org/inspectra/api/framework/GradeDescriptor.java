package org.inspectra.api.framework;

import java.util.List;

/**
 * What the framework says a grade looks like: its descriptor statements for one criterion or judgement.
 *
 * @param grade      grade id the statements describe
 * @param statements the descriptor text, one statement an entry, as the seed words it
 * @param source     seed paragraph (e.g. {@code 000 §248})
 */
public record GradeDescriptor(String grade, List<String> statements, String source) {
    public GradeDescriptor {
        statements = List.copyOf(statements);
    }
}
