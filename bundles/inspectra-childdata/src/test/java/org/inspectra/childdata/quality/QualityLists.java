package org.inspectra.childdata.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.QualityFinding;

/**
 * Lists shaped like {@code 004 Annex A, Table 2} (the columns the ILACS and SIF lists share), with their fields'
 * meanings and the periods of {@code 000 §258}, and a run over hand-made rows, for the tests of the rules.
 */
final class QualityLists {

    /** The notification date the periods count back from. */
    static final LocalDate NOTIFIED = LocalDate.of(2025, 8, 18);

    static final CheckContext CONTEXT = new CheckContext("i-1", new FrameworkKey("ilacs", "2018.12"), NOTIFIED);

    static final ChildListSpec LIST_3 = list(3, true, null, within(3, Meanings.REFERRAL),
            date("date-of-most-recent-referral", Meanings.REFERRAL),
            flag("referral-nfa", Meanings.REFERRAL_NFA), date("expected-date-of-birth", Meanings.EXPECTED_BIRTH));
    static final ChildListSpec LIST_4 = list(4, true, null, within(6, Meanings.ASSESSMENT_START,
                    Meanings.ASSESSMENT_AUTHORISED),
            date("continuous-assessment-start-date", Meanings.ASSESSMENT_START),
            date("continuous-assessment-authorised", Meanings.ASSESSMENT_AUTHORISED),
            date("expected-date-of-birth", Meanings.EXPECTED_BIRTH));
    static final ChildListSpec LIST_5 = list(5, true, null, within(6, Meanings.SECTION_47_START),
            date("section-47-enquiry-start-date", Meanings.SECTION_47_START),
            date("icpc-date", Meanings.CP_CONFERENCE), date("expected-date-of-birth", Meanings.EXPECTED_BIRTH));
    static final ChildListSpec LIST_7 = list(7, true, null, ended(3, Meanings.CP_PLAN_END),
            date("cp-plan-start-date", Meanings.CP_PLAN_START), date("cp-plan-end-date", Meanings.CP_PLAN_END),
            date("expected-date-of-birth", Meanings.EXPECTED_BIRTH));
    static final ChildListSpec LIST_8 = list(8, true, Meanings.LOOKED_AFTER, ended(6, Meanings.CEASED_LOOKED_AFTER),
            date("date-started-looked-after", Meanings.STARTED_LOOKED_AFTER),
            date("date-ceased-looked-after", Meanings.CEASED_LOOKED_AFTER),
            date("placement-start-date", Meanings.PLACEMENT_START),
            new FieldSpec("missing-episodes-in-last-12-months", "Missing", FieldType.INTEGER, false, List.of(),
                    List.of(), Meanings.MISSING_EPISODES),
            flag("return-interview-offered", Meanings.RETURN_INTERVIEW_OFFERED),
            flag("return-interview-accepted", Meanings.RETURN_INTERVIEW_ACCEPTED));
    static final ChildListSpec LIST_9 = list(9, true, Meanings.CARE_LEAVERS, null);
    static final ChildListSpec LIST_10 = list(10, true, null, ended(12, Meanings.ADOPTION_ORDER),
            date("date-entered-care", Meanings.ENTERED_CARE),
            date("date-of-adoption-decision", Meanings.ADOPTION_DECISION),
            date("date-placed-for-adoption", Meanings.PLACED_FOR_ADOPTION),
            date("date-of-adoption-order", Meanings.ADOPTION_ORDER));

    static final List<ChildListSpec> ALL = List.of(LIST_3, LIST_4, LIST_5, LIST_7, LIST_8, LIST_9, LIST_10);

    private QualityLists() {
    }

    /** A row: the child, then field id and value pairs. */
    static ChildRow row(long number, String childId, String... idsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("child-id", childId);
        for (int i = 0; i < idsAndValues.length; i += 2) {
            values.put(idsAndValues[i], idsAndValues[i + 1]);
        }
        return new ChildRow(number, childId, values);
    }

    /** A row of a list, for {@link #run}. */
    record Listed(ChildListSpec list, ChildRow row) {
    }

    static Listed on(ChildListSpec list, long number, String childId, String... idsAndValues) {
        return new Listed(list, row(number, childId, idsAndValues));
    }

    /** Every platform rule over the rows, findings kept. */
    static DataQualityReport run(Listed... rows) {
        QualityRun run = new QualityRun(CONTEXT, ALL, PlatformChecks.all(), true);
        for (Listed listed : rows) {
            run.accept(listed.list().id(), listed.row());
        }
        return run.finish(java.time.Instant.parse("2025-08-25T09:00:00Z"));
    }

    /** The findings of one rule. */
    static List<QualityFinding> findings(String code, Listed... rows) {
        return run(rows).findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    private static ChildListSpec list(int number, boolean onePerChild, String cohort, ListPeriod period,
                                      FieldSpec... more) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                new FieldSpec("child-id", "Child unique ID", FieldType.CHILD_ID, true, List.of(), List.of()),
                new FieldSpec("gender", "Gender", FieldType.TEXT, false, List.of(), List.of(), Meanings.GENDER),
                date("date-of-birth", Meanings.BIRTH)));
        fields.addAll(List.of(more));
        return new ChildListSpec("list-" + number, "List " + number, "004 Annex A, Table 2", onePerChild, fields,
                cohort, period);
    }

    private static FieldSpec date(String id, String meaning) {
        return new FieldSpec(id, id, FieldType.DATE, false, List.of(), List.of(), meaning);
    }

    private static FieldSpec flag(String id, String meaning) {
        return new FieldSpec(id, id, FieldType.FLAG, false, List.of(), List.of(), meaning);
    }

    private static ListPeriod within(int months, String... events) {
        return new ListPeriod(months, ListPeriod.Kind.EVENT_WITHIN, List.of(events), "000 §258");
    }

    private static ListPeriod ended(int months, String... events) {
        return new ListPeriod(months, ListPeriod.Kind.ENDED_WITHIN, List.of(events), "000 §258");
    }
}
