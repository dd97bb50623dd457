package org.inspectra.api.report;

import java.util.List;

import org.inspectra.api.security.Caller;

/**
 * The summary on the first page of a report, answering the questions the inspection type's framework sets
 * ({@code 000 §211}); the report is not rendered while an answer is missing.
 */
public interface ReportSummaryService {

    /** The type's questions with the answers written so far; for the inspection's team. */
    List<SummaryAnswer> answers(String inspectionId, Caller caller);

    /**
     * Writes (or, with a blank answer, clears) the answer to one question; the inspection's lead inspector.
     *
     * @throws org.inspectra.api.error.NotFoundException where the type has no such question
     */
    SummaryAnswer answer(String inspectionId, String questionId, String answer, Caller caller);
}
