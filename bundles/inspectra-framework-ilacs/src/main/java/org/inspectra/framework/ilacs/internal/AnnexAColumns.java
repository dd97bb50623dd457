package org.inspectra.framework.ilacs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.framework.Meanings;

/**
 * The typed columns of the ILACS lists. {@code 000 §256} leaves each list's fields to separate guidance and §257 aligns
 * them with the DfE's returns; local authorities answer with the Annex A workbook whose columns {@code 004 Annex A,
 * Table 2} lays out list by list (the lists are the same cohorts, numbered alike). So list n here takes the columns of
 * Table 2's list n, worded as Table 2 words them, every one optional: a workbook may carry any of them, typed and
 * checked when it does; a column neither names stays unchecked text.
 *
 * <p>Each table below is one list of Table 2: the field id, the heading as printed, the type (text, date, flag, whole
 * number, code) and what the column means to the platform's checks and chronology ({@link Meanings}).
 */
final class AnnexAColumns {

    static final String SOURCE = "004 Annex A, Table 2";

    /** The opening columns of lists 1-7, which take unborn children (Table 2's "If unborn: expected date of birth"). */
    private static final String WITH_UNBORN = """
            gender                 | Gender                            | text    | gender
            ethnicity              | Ethnicity                         | text    |
            date-of-birth          | Date of birth                     | date    | birth
            expected-date-of-birth | If unborn: expected date of birth | date    | expected-birth
            age                    | Age of child (years)              | integer |
            """;

    /** The opening columns of lists 8-10. */
    private static final String WITHOUT_UNBORN = """
            gender                 | Gender                            | text    | gender
            ethnicity              | Ethnicity                         | text    |
            date-of-birth          | Date of birth                     | date    | birth
            age                    | Age of child (years)              | integer |
            """;

    private static final String DISABILITY = """
            disability             | Does the child have a disability? (Y/N) | flag |
            """;

    private static final String ALLOCATED = """
            allocated-team         | Allocated team                    | text    |
            allocated-worker       | Allocated worker                  | text    |
            """;

    /** Table 2's columns after the child unique ID, lists 1 to 11 in order. */
    private static final List<String> LISTS = List.of(
            // List 1
            WITH_UNBORN + """
                    date-of-contact | Date of contact | date | contact
                    contact-source  | Contact source  | text |
                    """,
            // List 2
            WITH_UNBORN + """
                    assessment-completion-date         | Assessment completion date         | date | early-help-assessment
                    organisation-completing-assessment | Organisation completing assessment | text |
                    """,
            // List 3
            WITH_UNBORN + """
                    date-of-most-recent-referral | Date of the most recent referral      | date    | referral
                    referral-source              | Referral source                       | text    |
                    referral-nfa                 | Referral NFA? (Y/N)                   | flag    | referral-nfa
                    referrals-in-last-12-months  | Number of referrals in last 12 months | integer |
                    """ + ALLOCATED,
            // List 4
            WITH_UNBORN + DISABILITY + """
                    continuous-assessment-start-date   | Continuous assessment start date               | date | assessment-start
                    seen-during-continuous-assessment  | Child seen during continuous assessment (Y/N)  | flag |
                    continuous-assessment-authorised   | Continuous assessment date of authorisation    | date | assessment-authorised
                    initial-assessment-start-date      | Initial assessment start date                  | date | initial-assessment-start
                    seen-during-initial-assessment     | Child seen during initial assessment (Y/N)     | flag |
                    initial-assessment-authorised      | Initial assessment date of authorisation       | date | initial-assessment-authorised
                    core-assessment-start-date         | Core assessment start date                     | date | core-assessment-start
                    seen-during-core-assessment        | Child seen during core assessment (Y/N)        | flag |
                    core-assessment-authorised         | Core assessment date of authorisation          | date | core-assessment-authorised
                    """ + ALLOCATED,
            // List 5
            WITH_UNBORN + DISABILITY + """
                    section-47-enquiry-start-date          | Section 47 enquiry start date                         | date    | section-47-start
                    section-47-enquiries-in-last-12-months | Number of section 47 enquiries in the last 12 months | integer |
                    icpc-not-required                      | Initial child protection conference not required (Y/N) | flag |
                    icpc-date                              | Date of initial child protection conference           | date    | initial-cp-conference
                    icpc-resulted-in-plan                  | Did the initial child protection conference result in a child protection plan? (Y/N) | flag |
                    icpcs-in-last-12-months                | Number of ICPCs in the last 12 months                 | integer |
                    """ + ALLOCATED,
            // List 6
            WITH_UNBORN + DISABILITY + """
                    cin-start-date     | CIN start date           | date | cin-start
                    primary-need-code  | Primary need code        | text |
                    date-last-seen     | Date child was last seen | date | last-seen
                    cin-closure-date   | CIN closure date         | date | cin-end
                    reason-for-closure | Reason for closure       | text |
                    """ + ALLOCATED,
            // List 7
            WITH_UNBORN + DISABILITY + """
                    cp-plan-start-date            | Child protection plan start date   | date | cp-plan-start
                    initial-category-of-abuse     | Initial category of abuse          | text |
                    latest-category-of-abuse      | Latest category of abuse           | text |
                    date-of-last-statutory-visit  | Date of the last statutory visit   | date | statutory-visit
                    seen-within-plan-timescales   | Child seen in accordance with the timescales specified within their plan, by the lead social worker? (Y/N) | flag |
                    seen-alone                    | Was the child seen alone?          | flag |
                    cp-plan-end-date              | Child protection plan end date     | date | cp-plan-end
                    order-or-police-protection-in-last-six-months | Subject to emergency protection/care/supervision order or protected under police powers in last six months (Y/N) | flag |
                    previous-cp-plans             | Number of previous child protection plans | integer |
                    """ + ALLOCATED,
            // List 8
            WITHOUT_UNBORN + """
                    uasc-in-last-12-months              | UASC within the last 12 months (Y/N) | flag |
                    """ + DISABILITY + """
                    special-educational-need            | Does the child have a special educational need (school action plus or statement), education health and social care plan or additional special educational needs support? (Y/N) | flag |
                    school-place-or-attendance-concerns | Are there concerns about this child's school place (or alternative provision), or their attendance? (Y/N) | flag |
                    reason-not-attending-school         | Reason not attending school (if applicable) | text |
                    schools-in-last-two-years           | Number of schools attended in the last two years | integer |
                    expected-progress                   | Is the child making the 'expected level of progress' at school? (Y/N) | flag |
                    date-started-looked-after           | Date started to be looked after     | date | started-looked-after
                    category-of-need                    | Child's category of need            | text |
                    second-episode-in-last-12-months    | Second or subsequent episode of being a looked after child within the last 12 months? (Y/N) | flag |
                    legal-status                        | Child's legal status                | text |
                    date-of-latest-statutory-review     | Date of latest statutory review     | date | statutory-review
                    statutory-review-in-time            | Statutory review in time (Y/N)      | flag |
                    date-of-last-social-work-visit      | Date of last social work visit      | date | social-work-visit
                    plan-to-reunify                     | Plan for child to be reunified with their family? (Y/N) | flag |
                    date-of-last-iro-contact            | Date of last IRO visit/contact to the child | date | iro-contact
                    date-of-last-health-assessment      | Date of last health assessment      | date | health-assessment
                    date-of-last-dental-check           | Date of last dental check           | date | dental-check
                    placements-in-last-12-months        | Number of placements in the last 12 months | integer |
                    date-ceased-looked-after            | Date ceased to be looked after      | date | ceased-looked-after
                    reason-ceased-looked-after          | Reason ceased to be looked after    | text |
                    placement-start-date                | Start date of most recent placement | date | placement-start
                    placement-type                      | Placement type                      | text |
                    placement-provider                  | Placement provider                  | text |
                    provider-name                       | Name of provider                    | text |
                    placement-address                   | Placement address                   | text |
                    placement-urn                       | URN of placement                    | text |
                    placement-location                  | Placement location                  | text |
                    provider-ofsted-judgement           | Latest Ofsted 'overall effectiveness' judgement for the provider | text |
                    placement-local-authority           | Local authority of placement        | text |
                    missing-episodes-in-last-12-months  | Number of episodes the child has been 'missing' from their placement in the last 12 months | integer | missing-episodes
                    absent-episodes-in-last-12-months   | Number of episodes the child has been 'absent' from their placement in the last 12 months | integer |
                    return-interview-offered            | Was the child offered a Return Interview after their last missing episode (Y/N)? | flag | return-interview-offered
                    return-interview-accepted           | Did the child accept a Return Interview after their last missing episode? (Y/N) | flag | return-interview-accepted
                    """ + ALLOCATED,
            // List 9
            WITHOUT_UNBORN + DISABILITY + ALLOCATED + """
                    eligibility-category          | Eligibility category (relevant/former relevant/qualifying/other) | code |
                    local-authority-in-touch      | Local authority in touch            | text |
                    type-of-accommodation         | Type of accommodation               | text |
                    suitability-of-accommodation  | Suitability of accommodation        | text |
                    activity-status               | Activity status                     | text |
                    living-in-multiple-occupancy  | Living in housing of multiple occupancy? (Y/N) | flag |
                    """,
            // List 10
            WITHOUT_UNBORN + DISABILITY + """
                    date-entered-care                    | Date the child entered care                                    | date | entered-care
                    date-of-adoption-decision            | Date of decision that child should be placed for adoption      | date | adoption-decision
                    date-of-placement-order              | Date of placement order                                        | date | placement-order
                    date-of-matching                     | Date of matching child and prospective adopters                | date | matched-with-adopters
                    date-placed-for-adoption             | Date placed for adoption                                       | date | placed-for-adoption
                    date-of-adoption-order               | Date of adoption order                                         | date | adoption-order
                    date-of-reversal-decision            | Date of decision that child should no longer be placed for adoption | date | adoption-decision-reversed
                    reason-no-longer-placed              | Reason why child no longer placed for adoption                 | text |
                    date-of-fostering-to-adopt-placement | Date of fostering to adopt placement                           | date | fostering-to-adopt-placement
                    """,
            // List 11 is of adopters, not children: its dates are no child's events. Table 2 keys it by "Reference";
            // the ILACS list keeps its three ways in (000 §258 (a)-(c)) and takes the reference as an optional column.
            """
                    reference                          | Reference                          | text |
                    type-of-individual                 | Type of individual                 | text |
                    date-of-first-contact              | Date of first contact              | date |
                    date-of-application                | Date of application                | date |
                    date-assessment-started            | Date assessment started            | date |
                    date-assessment-completed          | Date assessment completed          | date |
                    date-of-approval-or-refusal        | Date of approval or refusal        | date |
                    date-referred-to-adoption-register | Date referred to adoption register | date |
                    date-placement-made                | Date placement made                | date |
                    date-order-granted                 | Date order granted                 | date |
                    """);

    /**
     * The period each list covers, counted back from the notification date, as {@code 000 §258} words it: the event
     * that puts a child on lists 1-5 and 10 falls in it; lists 6-8 are of children at the point of inspection and
     * those whose episode ended in it; list 9 is of care leavers at the point of inspection (no period).
     */
    private static final Map<Integer, ListPeriod> PERIODS = Map.of(
            1, within(3, Meanings.CONTACT),
            2, within(6, "early-help-assessment"),
            3, within(3, Meanings.REFERRAL),
            4, within(6, Meanings.ASSESSMENT_START, Meanings.ASSESSMENT_AUTHORISED, Meanings.INITIAL_ASSESSMENT_START,
                    Meanings.INITIAL_ASSESSMENT_AUTHORISED, Meanings.CORE_ASSESSMENT_START,
                    Meanings.CORE_ASSESSMENT_AUTHORISED),
            5, within(6, Meanings.SECTION_47_START),
            6, ended(3, Meanings.CIN_END),
            7, ended(3, Meanings.CP_PLAN_END),
            8, ended(6, Meanings.CEASED_LOOKED_AFTER),
            // "adopted in the 12 months before inspection, … and those who had an adoption decision which was
            // subsequently reversed during the period": an adoption order or a reversal, where given, falls in it.
            10, ended(12, Meanings.ADOPTION_ORDER, Meanings.ADOPTION_DECISION_REVERSED));

    private AnnexAColumns() {
    }

    /** List n's typed columns from Table 2, after its child unique ID. */
    static List<FieldSpec> of(int list) {
        List<FieldSpec> fields = new ArrayList<>();
        for (String line : LISTS.get(list - 1).strip().split("\n")) {
            String[] cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            FieldType type = switch (cells[2]) {
                case "date" -> FieldType.DATE;
                case "flag" -> FieldType.FLAG;
                case "integer" -> FieldType.INTEGER;
                case "code" -> FieldType.CODE;
                default -> FieldType.TEXT;
            };
            List<String> codes = type == FieldType.CODE ? codesInTitle(cells[1]) : List.of();
            fields.add(new FieldSpec(cells[0], cells[1], type, false, codes, List.of(),
                    cells[3].isEmpty() ? null : cells[3]));
        }
        return fields;
    }

    /** The period list n covers, or {@code null} for list 9 and list 11. */
    static ListPeriod period(int list) {
        return PERIODS.get(list);
    }

    /** "Eligibility category (relevant/former relevant/qualifying/other)": the codes the heading lists. */
    private static List<String> codesInTitle(String title) {
        return List.of(title.substring(title.indexOf('(') + 1, title.lastIndexOf(')')).split("/"));
    }

    private static ListPeriod within(int months, String... events) {
        return new ListPeriod(months, ListPeriod.Kind.EVENT_WITHIN, List.of(events), "000 §258");
    }

    private static ListPeriod ended(int months, String... events) {
        return new ListPeriod(months, ListPeriod.Kind.ENDED_WITHIN, List.of(events), "000 §258");
    }
}
