package org.inspectra.api.report;

import org.inspectra.api.security.Caller;

/** The report or letter an inspection's framework and type call for (API.md, Report). */
public interface ReportService {

    /**
     * Renders the inspection's report from its recorded judgements, findings and timeline. Until the inspection is
     * final it carries a "draft — for factual accuracy check" mark.
     *
     * @throws org.inspectra.api.error.ConflictException where a graded report still lacks a grade (409, listing
     *                                                   them) or the framework has no such report
     * @throws org.inspectra.api.error.ForbiddenException where the caller may not read it
     */
    RenderedReport report(String inspectionId, ReportFormat format, Audience audience, Caller caller);
}
