package org.inspectra.rest.representation;

import java.time.Instant;

import org.inspectra.api.report.SummaryAnswer;

/** One question of the report's summary and this inspection's answer, if written ({@code 000 §211}). */
public record SummaryAnswerView(String id, String question, String source, String answer, String writtenBy,
                                Instant writtenAt) {

    public static SummaryAnswerView of(SummaryAnswer a) {
        return new SummaryAnswerView(a.question().id(), a.question().text(), a.question().source(), a.answer(),
                a.writtenBy(), a.writtenAt());
    }
}
