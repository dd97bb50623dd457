package org.inspectra.api.report;

import java.util.Map;

import org.inspectra.api.framework.ReportTemplate;

/**
 * Renders a framework's report template with a model of plain values (strings, booleans, numbers, lists and maps of
 * them) to HTML, Markdown or PDF. The engines (a template engine, a PDF renderer) live behind this service, so core
 * knows no rendering library.
 */
public interface ReportRenderer {

    /**
     * @throws org.inspectra.api.error.ConflictException where the template cannot be rendered with the model (a
     *                                                   defect of the framework bundle, reported without a trace)
     */
    RenderedReport render(ReportTemplate template, ReportFormat format, Map<String, Object> model);
}
