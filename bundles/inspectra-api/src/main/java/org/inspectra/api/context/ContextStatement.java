package org.inspectra.api.context;

import java.time.Instant;

import org.inspectra.api.framework.ContextItem;

/**
 * A fact of the report's context section and the statement written for this inspection.
 *
 * @param item      what the framework asks for
 * @param statement the statement as it will read in the report, or {@code null} while not written
 * @param writtenBy who wrote it
 * @param writtenAt when
 */
public record ContextStatement(ContextItem item, String statement, String writtenBy, Instant writtenAt) {
}
