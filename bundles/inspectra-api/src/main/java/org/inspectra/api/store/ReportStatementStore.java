package org.inspectra.api.store;

import java.time.Instant;
import java.util.Map;

/**
 * The statements the lead inspector writes for an inspection's report, section by section: the context section's
 * facts ({@code 004} Annex A), the summary's answers to the framework's questions ({@code 000 §211}).
 */
public interface ReportStatementStore {

    /** The context section ("information about this local authority area"), by the framework's fact ids. */
    String CONTEXT = "context";

    /** The summary's answers, by the framework's question ids. */
    String SUMMARY = "summary";

    /** The statements of one section of an inspection's report, by item id. */
    Map<String, Statement> statements(String inspectionId, String section);

    /** Writes a statement, or clears it where {@code statement} is null, with its audit entry. */
    void write(String inspectionId, String section, String itemId, Statement statement, AuditEntry audit);

    /**
     * @param text the statement
     * @param by   who wrote it
     * @param at   when
     */
    record Statement(String text, String by, Instant at) {
    }
}
