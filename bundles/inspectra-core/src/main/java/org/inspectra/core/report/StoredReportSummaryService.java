package org.inspectra.core.report;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.SummaryQuestion;
import org.inspectra.api.report.ReportSummaryService;
import org.inspectra.api.report.SummaryAnswer;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.ReportStatementStore.Statement;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The summary on a report's first page, question by question from the pinned inspection type
 * ({@code 000 §211}); the lead inspector writes each answer, the team reads them.
 */
@Component(service = ReportSummaryService.class)
public final class StoredReportSummaryService implements ReportSummaryService {

    private final ReportStatementStore store;
    private final InspectionLookup lookup;
    private final LeadStatements lead;

    @Activate
    public StoredReportSummaryService(@Reference ReportStatementStore store, @Reference InspectionLookup lookup) {
        this(store, lookup, Clock.systemUTC());
    }

    StoredReportSummaryService(ReportStatementStore store, InspectionLookup lookup, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.lead = new LeadStatements(store, clock);
    }

    @Override
    public List<SummaryAnswer> answers(String inspectionId, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeam(pinned.inspection(), caller);
        return answers(pinned, store.statements(inspectionId, ReportStatementStore.SUMMARY));
    }

    @Override
    public SummaryAnswer answer(String inspectionId, String questionId, String answer, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireLead(pinned.inspection(), caller);
        SummaryQuestion question = pinned.type().summaryQuestions().stream()
                .filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("A " + pinned.definition().key() + " "
                        + pinned.inspection().type() + " report's summary has no question " + questionId
                        + "; its questions are " + pinned.type().summaryQuestions().stream()
                        .map(SummaryQuestion::id).toList()));
        return answer(question, lead.write(pinned.inspection(), ReportStatementStore.SUMMARY, questionId, answer,
                "text", caller));
    }

    /** Every question of the pinned type with the answer written, if any, in the framework's order. */
    static List<SummaryAnswer> answers(InspectionLookup.Pinned pinned, Map<String, Statement> written) {
        return pinned.type().summaryQuestions().stream().map(q -> answer(q, written.get(q.id()))).toList();
    }

    private static SummaryAnswer answer(SummaryQuestion question, Statement written) {
        return written == null ? new SummaryAnswer(question, null, null, null)
                : new SummaryAnswer(question, written.text(), written.by(), written.at());
    }
}
