package org.inspectra.api.report;

import java.time.Instant;

import org.inspectra.api.framework.SummaryQuestion;

/**
 * One question of a report's summary and the answer written for this inspection.
 *
 * @param question  what the framework asks the summary to answer
 * @param answer    the answer as it will read in the report, or {@code null} while not written
 * @param writtenBy who wrote it
 * @param writtenAt when
 */
public record SummaryAnswer(SummaryQuestion question, String answer, String writtenBy, Instant writtenAt) {
}
