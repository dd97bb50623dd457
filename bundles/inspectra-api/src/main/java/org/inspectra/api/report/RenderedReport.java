package org.inspectra.api.report;

import java.util.List;

/**
 * A rendered report or letter.
 *
 * @param content   the document's bytes
 * @param format    its format
 * @param pages     pages of the PDF, or 0 for other formats
 * @param warnings  what the team should know (e.g. the PDF runs past the framework's page limit, {@code 000 §220})
 */
public record RenderedReport(byte[] content, ReportFormat format, int pages, List<String> warnings) {
    public RenderedReport {
        warnings = List.copyOf(warnings);
    }
}
