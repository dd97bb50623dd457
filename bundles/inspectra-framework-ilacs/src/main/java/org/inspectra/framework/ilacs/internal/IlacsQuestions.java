package org.inspectra.framework.ilacs.internal;

import java.util.List;
import java.util.stream.IntStream;

import org.inspectra.api.framework.SourcedText;
import org.inspectra.api.framework.SummaryQuestion;

/**
 * The question sets the seed asks to be answered. The short inspection's type carries its three ({@link
 * #SHORT_INSPECTION_QUESTIONS}), the standard and short inspections' reports the four of their first page ({@link
 * #REPORT_SUMMARY_QUESTIONS}); the self-evaluation's are kept for the records that will show them.
 */
final class IlacsQuestions {

    /** 000 §57: "In a short inspection, inspectors will seek to answer three questions". */
    static final List<String> SHORT_INSPECTION = List.of(
            "Has the quality and impact of practice been maintained?",
            "Are there any areas where the quality and impact of practice have improved?",
            "Are there any areas where the quality and impact of practice have deteriorated?");

    /** The short inspection's questions as its inspection type carries them. */
    static final List<SourcedText> SHORT_INSPECTION_QUESTIONS = SHORT_INSPECTION.stream()
            .map(q -> new SourcedText(q, "000 §57")).toList();

    /** 000 §33: "The self-evaluation should answer three questions". */
    static final List<String> SELF_EVALUATION = List.of(
            "What do you know about the quality and impact of social work practice in your local authority?",
            "How do you know it?",
            "What are your plans for the next 12 months to maintain or improve practice?");

    /**
     * 000 §211: the first page of a standard or short inspection report has the graded judgements and a brief summary
     * that answers these questions.
     */
    static final List<String> REPORT_FIRST_PAGE = List.of(
            "What do we know about the overall experiences of children living in this local authority?",
            "To what extent do leaders know about the quality of front-line practice?",
            "How well do they support practice to help it stay or become good?",
            "What has changed for children since the last inspection?");

    /** The ids of the four, in their order. */
    private static final List<String> REPORT_FIRST_PAGE_IDS = List.of("children-experiences",
            "leaders-know-practice", "leaders-support-practice", "changed-since-last-inspection");

    /** The four as the standard and short inspection types carry them for their reports' summaries. */
    static final List<SummaryQuestion> REPORT_SUMMARY_QUESTIONS = IntStream.range(0, REPORT_FIRST_PAGE.size())
            .mapToObj(i -> new SummaryQuestion(REPORT_FIRST_PAGE_IDS.get(i), REPORT_FIRST_PAGE.get(i), "000 §211"))
            .toList();

    private IlacsQuestions() {
    }
}
