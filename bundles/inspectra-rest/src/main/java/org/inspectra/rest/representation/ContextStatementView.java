package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.context.ContextStatement;

/** One fact of the report's context section: the framework's template and this inspection's statement, if any. */
public record ContextStatementView(String id, String heading, String template, List<String> parts, boolean optional,
                                   String source, String statement, String writtenBy, Instant writtenAt) {

    public static ContextStatementView of(ContextStatement s) {
        return new ContextStatementView(s.item().id(), s.item().heading(), s.item().template(), s.item().parts(),
                s.item().optional(), s.item().source(), s.statement(), s.writtenBy(), s.writtenAt());
    }
}
