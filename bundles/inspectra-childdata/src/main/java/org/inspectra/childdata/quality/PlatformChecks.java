package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.quality.Severity;

/**
 * The platform's consistency rules, in the order the report lists them. Each reads fields by their meaning, so it
 * runs for any framework whose lists have them and finds nothing where they have not.
 */
public final class PlatformChecks {

    private static final String TABLE_2 = "004 Annex A, Table 2";

    private PlatformChecks() {
    }

    public static List<ConsistencyCheck> all() {
        return List.of(
                new OutsideListPeriod(),
                new EventAfterNotification(),
                new EventBeforeBirth(),
                new EventOrder("ends-before-start", "An assessment, plan or episode ends before it starts",
                        Severity.ERROR, TABLE_2, "it ends before it starts", List.of(
                        new EventOrder.Pair(Meanings.ASSESSMENT_START, Meanings.ASSESSMENT_AUTHORISED),
                        new EventOrder.Pair(Meanings.INITIAL_ASSESSMENT_START, Meanings.INITIAL_ASSESSMENT_AUTHORISED),
                        new EventOrder.Pair(Meanings.CORE_ASSESSMENT_START, Meanings.CORE_ASSESSMENT_AUTHORISED),
                        new EventOrder.Pair(Meanings.CIN_START, Meanings.CIN_END),
                        new EventOrder.Pair(Meanings.CP_PLAN_START, Meanings.CP_PLAN_END),
                        new EventOrder.Pair(Meanings.STARTED_LOOKED_AFTER, Meanings.CEASED_LOOKED_AFTER))),
                new EventOrder("conference-before-enquiry", "An initial child protection conference is before the "
                        + "section 47 enquiry", Severity.ERROR, TABLE_2, "the conference follows the enquiry",
                        List.of(new EventOrder.Pair(Meanings.SECTION_47_START, Meanings.CP_CONFERENCE))),
                new EventOrder("placement-before-looked-after", "The most recent placement starts before the child "
                        + "became looked after", Severity.ERROR, TABLE_2, "a placement of a looked after child starts "
                        + "once the child is looked after", List.of(
                        new EventOrder.Pair(Meanings.STARTED_LOOKED_AFTER, Meanings.PLACEMENT_START))),
                new EventOrder("adoption-out-of-order", "The steps to adoption are out of order", Severity.ERROR,
                        TABLE_2, "a child enters care, is placed for adoption once it is decided, and adopted once "
                        + "placed", List.of(
                        new EventOrder.Pair(Meanings.ENTERED_CARE, Meanings.PLACED_FOR_ADOPTION),
                        new EventOrder.Pair(Meanings.ADOPTION_DECISION, Meanings.PLACED_FOR_ADOPTION),
                        new EventOrder.Pair(Meanings.MATCHED, Meanings.PLACED_FOR_ADOPTION),
                        new EventOrder.Pair(Meanings.PLACED_FOR_ADOPTION, Meanings.ADOPTION_ORDER),
                        new EventOrder.Pair(Meanings.PLACEMENT_ORDER, Meanings.ADOPTION_ORDER))),
                new BeforeReferral(),
                DifferentAcrossLists.dateOfBirth(),
                DifferentAcrossLists.gender(),
                new OneRowPerChild(),
                new LookedAfterAndCareLeaver(),
                ReturnInterview.unanswered(),
                ReturnInterview.acceptedNotOffered());
    }
}
