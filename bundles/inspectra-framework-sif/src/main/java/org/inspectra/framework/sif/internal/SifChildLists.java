package org.inspectra.framework.sif.internal;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.framework.Meanings;

/**
 * The child-level lists of Annex A with their fields: Table 2 ("Detail required"), lists titled as Table 2 words them
 * (list 10 without its closing full stop).
 *
 * <p>Types follow the headings: "(Y/N)" and the one yes/no question without it ("Was the child seen alone?") are
 * flags, dates are dates, ages and "Number of …" are integers, the eligibility category of list 9 is a code from the
 * four the heading lists; everything else is text, because the codes for gender, ethnicity, need, legal status,
 * placement type and the like are in the detailed guidance at field level, which is not part of the seed. Only the
 * child unique ID (and list 11's reference) is required: the seed expects gaps ("We fully recognise there are likely
 * to be gaps in the information") and keys the lists by "the consistent use of the child ID across the various lists".
 * Lists 3 to 10 hold one row per child: "For lists 3 to 10 please provide only one row for each unique child ID where
 * possible." No list asks for a child's name, and none is added.
 */
final class SifChildLists {

    private static final String SOURCE = "004 Annex A, Table 2";

    // Columns most lists share, titled as the seed words them; list 4, 7 and 8 print "(Years)".
    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Child unique ID", FieldType.CHILD_ID, true,
            List.of(), List.of("Child ID", "Unique child ID"));
    static final FieldSpec GENDER = text("gender", "Gender", Meanings.GENDER);
    static final FieldSpec ETHNICITY = text("ethnicity", "Ethnicity");
    static final FieldSpec DATE_OF_BIRTH = date("date-of-birth", "Date of birth", Meanings.BIRTH);
    static final FieldSpec EXPECTED_DATE_OF_BIRTH = date("expected-date-of-birth", "If unborn: expected date of birth", Meanings.EXPECTED_BIRTH);
    static final FieldSpec AGE = integer("age", "Age of child (years)");
    static final FieldSpec DISABILITY = flag("disability", "Does the child have a disability? (Y/N)");
    static final FieldSpec ALLOCATED_TEAM = text("allocated-team", "Allocated team");
    static final FieldSpec ALLOCATED_WORKER = text("allocated-worker", "Allocated worker");

    /** List 9, "Eligibility category (relevant/former relevant/qualifying/other)": the four codes as printed. */
    static final FieldSpec ELIGIBILITY_CATEGORY = new FieldSpec("eligibility-category",
            "Eligibility category (relevant/former relevant/qualifying/other)", FieldType.CODE, false,
            List.of("relevant", "former relevant", "qualifying", "other"), List.of());

    static final List<ChildListSpec> ALL = List.of(
            list(1, "All those who have been the subject of a contact in the three months prior to inspection",
                    withUnborn(),
                    date("date-of-contact", "Date of contact", Meanings.CONTACT),
                    text("contact-source", "Contact source")),
            list(2, "All those who have been the subject of an early help assessment, a common assessment or a "
                    + "targeted intervention in the six months prior to inspection",
                    withUnborn(),
                    date("assessment-completion-date", "Assessment completion date", "early-help-assessment"),
                    text("organisation-completing-assessment", "Organisation completing assessment")),
            list(3, "All those who have been the subject of a referral in the three months prior to inspection",
                    withUnborn(),
                    date("date-of-most-recent-referral", "Date of the most recent referral", Meanings.REFERRAL),
                    text("referral-source", "Referral source"),
                    flag("referral-nfa", "Referral NFA? (Y/N)", Meanings.REFERRAL_NFA),
                    integer("referrals-in-last-12-months", "Number of referrals in last 12 months"),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(4, "All those who have been the subject of a statutory assessment in accordance with section 17 or "
                    + "section 47 of the Children Act 1989 in the six months prior to inspection",
                    withUnborn(),
                    DISABILITY,
                    date("continuous-assessment-start-date", "Continuous assessment start date", Meanings.ASSESSMENT_START),
                    flag("seen-during-continuous-assessment", "Child seen during continuous assessment (Y/N)"),
                    date("continuous-assessment-authorised", "Continuous assessment date of authorisation", Meanings.ASSESSMENT_AUTHORISED),
                    date("initial-assessment-start-date", "Initial assessment start date", Meanings.INITIAL_ASSESSMENT_START),
                    flag("seen-during-initial-assessment", "Child seen during initial assessment (Y/N)"),
                    date("initial-assessment-authorised", "Initial assessment date of authorisation", Meanings.INITIAL_ASSESSMENT_AUTHORISED),
                    date("core-assessment-start-date", "Core assessment start date", Meanings.CORE_ASSESSMENT_START),
                    flag("seen-during-core-assessment", "Child seen during core assessment (Y/N)"),
                    date("core-assessment-authorised", "Core assessment date of authorisation", Meanings.CORE_ASSESSMENT_AUTHORISED),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(5, "All those who have been the subject of a section 47 enquiry in the six months prior to "
                    + "inspection",
                    withUnborn(),
                    DISABILITY,
                    date("section-47-enquiry-start-date", "Section 47 enquiry start date", Meanings.SECTION_47_START),
                    integer("section-47-enquiries-in-last-12-months",
                            "Number of section 47 enquiries in the last 12 months"),
                    flag("icpc-not-required", "Initial child protection conference not required (Y/N)"),
                    date("icpc-date", "Date of initial child protection conference", Meanings.CP_CONFERENCE),
                    flag("icpc-resulted-in-plan",
                            "Did the initial child protection conference result in a child protection plan? (Y/N)"),
                    integer("icpcs-in-last-12-months", "Number of ICPCs in the last 12 months"),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(6, "All those in receipt of services as a child in need at the point of inspection and those who "
                    + "ceased to receive services as a child in need in the three months prior to inspection",
                    withUnborn(),
                    DISABILITY,
                    date("cin-start-date", "CIN start date", Meanings.CIN_START),
                    text("primary-need-code", "Primary need code"),
                    date("date-last-seen", "Date child was last seen", "last-seen"),
                    date("cin-closure-date", "CIN closure date", Meanings.CIN_END),
                    text("reason-for-closure", "Reason for closure"),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(7, "All those who are the subject of a child protection plan at the point of inspection and those "
                    + "who ceased to be the subject of a child protection plan in the three months prior to inspection",
                    withUnborn(),
                    DISABILITY,
                    date("cp-plan-start-date", "Child protection plan start date", Meanings.CP_PLAN_START),
                    text("initial-category-of-abuse", "Initial category of abuse"),
                    text("latest-category-of-abuse", "Latest category of abuse"),
                    date("date-of-last-statutory-visit", "Date of the last statutory visit", "statutory-visit"),
                    flag("seen-within-plan-timescales", "Child seen in accordance with the timescales specified "
                            + "within their plan, by the lead social worker? (Y/N)"),
                    flag("seen-alone", "Was the child seen alone?"),
                    date("cp-plan-end-date", "Child protection plan end date", Meanings.CP_PLAN_END),
                    flag("order-or-police-protection-in-last-six-months", "Subject to emergency "
                            + "protection/care/supervision order or protected under police powers in last six months "
                            + "(Y/N)"),
                    integer("previous-cp-plans", "Number of previous child protection plans"),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(8, "All those children looked after as at the point of inspection and all those children who ceased "
                    + "to be looked after in the six months prior to inspection",
                    withoutUnborn(),
                    flag("uasc-in-last-12-months", "UASC within the last 12 months (Y/N)"),
                    DISABILITY,
                    flag("special-educational-need", "Does the child have a special educational need (school "
                            + "action plus or statement), education health and social care plan or additional special "
                            + "educational needs support? (Y/N)"),
                    flag("school-place-or-attendance-concerns", "Are there concerns about this child's school place "
                            + "(or alternative provision), or their attendance? (Y/N)"),
                    text("reason-not-attending-school", "Reason not attending school (if applicable)"),
                    integer("schools-in-last-two-years", "Number of schools attended in the last two years"),
                    flag("expected-progress", "Is the child making the 'expected level of progress' at school? "
                            + "(Y/N)"),
                    date("date-started-looked-after", "Date started to be looked after", Meanings.STARTED_LOOKED_AFTER),
                    text("category-of-need", "Child's category of need"),
                    flag("second-episode-in-last-12-months", "Second or subsequent episode of being a looked after "
                            + "child within the last 12 months? (Y/N)"),
                    text("legal-status", "Child's legal status"),
                    date("date-of-latest-statutory-review", "Date of latest statutory review", "statutory-review"),
                    flag("statutory-review-in-time", "Statutory review in time (Y/N)"),
                    date("date-of-last-social-work-visit", "Date of last social work visit", "social-work-visit"),
                    flag("plan-to-reunify", "Plan for child to be reunified with their family? (Y/N)"),
                    date("date-of-last-iro-contact", "Date of last IRO visit/contact to the child", "iro-contact"),
                    date("date-of-last-health-assessment", "Date of last health assessment", "health-assessment"),
                    date("date-of-last-dental-check", "Date of last dental check", "dental-check"),
                    integer("placements-in-last-12-months", "Number of placements in the last 12 months"),
                    date("date-ceased-looked-after", "Date ceased to be looked after", Meanings.CEASED_LOOKED_AFTER),
                    text("reason-ceased-looked-after", "Reason ceased to be looked after"),
                    date("placement-start-date", "Start date of most recent placement", Meanings.PLACEMENT_START),
                    text("placement-type", "Placement type"),
                    text("placement-provider", "Placement provider"),
                    text("provider-name", "Name of provider"),
                    text("placement-address", "Placement address"),
                    text("placement-urn", "URN of placement"),
                    text("placement-location", "Placement location"),
                    text("provider-ofsted-judgement",
                            "Latest Ofsted 'overall effectiveness' judgement for the provider"),
                    text("placement-local-authority", "Local authority of placement"),
                    integer("missing-episodes-in-last-12-months",
                            "Number of episodes the child has been 'missing' from their placement in the last 12 "
                                    + "months", Meanings.MISSING_EPISODES),
                    integer("absent-episodes-in-last-12-months",
                            "Number of episodes the child has been 'absent' from their placement in the last 12 "
                                    + "months"),
                    flag("return-interview-offered",
                            "Was the child offered a Return Interview after their last missing episode (Y/N)?", Meanings.RETURN_INTERVIEW_OFFERED),
                    flag("return-interview-accepted",
                            "Did the child accept a Return Interview after their last missing episode? (Y/N)", Meanings.RETURN_INTERVIEW_ACCEPTED),
                    ALLOCATED_TEAM, ALLOCATED_WORKER),
            list(9, "All those care leavers who are receiving leaving care services as at the point of inspection",
                    withoutUnborn(),
                    DISABILITY,
                    ALLOCATED_TEAM, ALLOCATED_WORKER,
                    ELIGIBILITY_CATEGORY,
                    text("local-authority-in-touch", "Local authority in touch"),
                    text("type-of-accommodation", "Type of accommodation"),
                    text("suitability-of-accommodation", "Suitability of accommodation"),
                    text("activity-status", "Activity status"),
                    flag("living-in-multiple-occupancy", "Living in housing of multiple occupancy? (Y/N)")),
            list(10, "All those children who have been adopted in the 12 months prior to inspection, those where the "
                    + "decision that the child should be placed for adoption has been made but they have not yet been "
                    + "adopted, and those who had an adoption decision which was subsequently reversed during the "
                    + "period",
                    withoutUnborn(),
                    DISABILITY,
                    date("date-entered-care", "Date the child entered care", Meanings.ENTERED_CARE),
                    date("date-of-adoption-decision", "Date of decision that child should be placed for adoption", Meanings.ADOPTION_DECISION),
                    date("date-of-placement-order", "Date of placement order", Meanings.PLACEMENT_ORDER),
                    date("date-of-matching", "Date of matching child and prospective adopters", Meanings.MATCHED),
                    date("date-placed-for-adoption", "Date placed for adoption", Meanings.PLACED_FOR_ADOPTION),
                    date("date-of-adoption-order", "Date of adoption order", Meanings.ADOPTION_ORDER),
                    date("date-of-reversal-decision",
                            "Date of decision that child should no longer be placed for adoption", Meanings.ADOPTION_DECISION_REVERSED),
                    text("reason-no-longer-placed", "Reason why child no longer placed for adoption"),
                    date("date-of-fostering-to-adopt-placement", "Date of fostering to adopt placement", "fostering-to-adopt-placement")),
            // List 11 is of prospective and approved adopters, not children: no child unique ID, not one row per child.
            // Its rows are keyed by "Reference", the only identifier the table gives them, hence required.
            new ChildListSpec("list-11", "All those individuals who in the last 12 months have had contact with the "
                    + "local authority adoption agency by having: (a) made an enquiry, received an information pack "
                    + "and attended a follow up interview; and/or (b) had an enquiry or application in progress 12 "
                    + "months ago and have subsequently been approved/rejected; and/or (c) had a child placed with "
                    + "them in the last 12 months", SOURCE, false, List.of(
                            new FieldSpec("reference", "Reference", FieldType.TEXT, true, List.of(), List.of()),
                            text("type-of-individual", "Type of individual"),
                            date("date-of-first-contact", "Date of first contact"),
                            date("date-of-application", "Date of application"),
                            date("date-assessment-started", "Date assessment started"),
                            date("date-assessment-completed", "Date assessment completed"),
                            date("date-of-approval-or-refusal", "Date of approval or refusal"),
                            date("date-referred-to-adoption-register", "Date referred to adoption register"),
                            date("date-placement-made", "Date placement made"),
                            date("date-order-granted", "Date order granted"))));

    private SifChildLists() {
    }

    /** The opening columns of lists 1-7, which may include unborn children. */
    private static List<FieldSpec> withUnborn() {
        return List.of(CHILD_ID, GENDER, ETHNICITY, DATE_OF_BIRTH, EXPECTED_DATE_OF_BIRTH, AGE);
    }

    /** The opening columns of lists 8-10, which do not ask about unborn children. */
    private static List<FieldSpec> withoutUnborn() {
        return List.of(CHILD_ID, GENDER, ETHNICITY, DATE_OF_BIRTH, AGE);
    }

    /**
     * Lists 1-10 are of children, keyed by the child unique ID; lists 3 to 10 hold one row per child. Each covers the
     * period Table 1 gives it ("the time period to be covered for each list"), counted back from the notification
     * date: the event that puts a child on lists 1-5 and 10 falls in it; lists 6-8 are of children at the point of
     * inspection and those whose episode ended in it; list 9 is of care leavers at the point of inspection.
     */
    private static ChildListSpec list(int number, String title, List<FieldSpec> opening, FieldSpec... rest) {
        List<FieldSpec> fields = new ArrayList<>(opening);
        fields.addAll(List.of(rest));
        boolean onePerChild = number >= 3 && number <= 10;
        String cohort = number == 8 ? Meanings.LOOKED_AFTER : number == 9 ? Meanings.CARE_LEAVERS : null;
        return new ChildListSpec("list-" + number, title, SOURCE, onePerChild, fields, cohort, period(number));
    }

    private static ListPeriod period(int number) {
        return switch (number) {
            case 1 -> period(3, ListPeriod.Kind.EVENT_WITHIN, Meanings.CONTACT);
            case 2 -> period(6, ListPeriod.Kind.EVENT_WITHIN, "early-help-assessment");
            case 3 -> period(3, ListPeriod.Kind.EVENT_WITHIN, Meanings.REFERRAL);
            case 4 -> period(6, ListPeriod.Kind.EVENT_WITHIN, Meanings.ASSESSMENT_START,
                    Meanings.ASSESSMENT_AUTHORISED, Meanings.INITIAL_ASSESSMENT_START,
                    Meanings.INITIAL_ASSESSMENT_AUTHORISED, Meanings.CORE_ASSESSMENT_START,
                    Meanings.CORE_ASSESSMENT_AUTHORISED);
            case 5 -> period(6, ListPeriod.Kind.EVENT_WITHIN, Meanings.SECTION_47_START);
            case 6 -> period(3, ListPeriod.Kind.ENDED_WITHIN, Meanings.CIN_END);
            case 7 -> period(3, ListPeriod.Kind.ENDED_WITHIN, Meanings.CP_PLAN_END);
            case 8 -> period(6, ListPeriod.Kind.ENDED_WITHIN, Meanings.CEASED_LOOKED_AFTER);
            case 10 -> period(12, ListPeriod.Kind.ENDED_WITHIN, Meanings.ADOPTION_ORDER,
                    Meanings.ADOPTION_DECISION_REVERSED);
            default -> null;
        };
    }

    private static ListPeriod period(int months, ListPeriod.Kind kind, String... events) {
        return new ListPeriod(months, kind, List.of(events), "004 Annex A, Table 1");
    }

    private static FieldSpec text(String id, String title, String meaning) {
        return text(id, title).meaning(meaning);
    }

    private static FieldSpec date(String id, String title, String meaning) {
        return date(id, title).meaning(meaning);
    }

    private static FieldSpec flag(String id, String title, String meaning) {
        return flag(id, title).meaning(meaning);
    }

    private static FieldSpec integer(String id, String title, String meaning) {
        return integer(id, title).meaning(meaning);
    }

    private static FieldSpec text(String id, String title) {
        return new FieldSpec(id, title, FieldType.TEXT, false, List.of(), List.of());
    }

    private static FieldSpec date(String id, String title) {
        return new FieldSpec(id, title, FieldType.DATE, false, List.of(), List.of());
    }

    private static FieldSpec flag(String id, String title) {
        return new FieldSpec(id, title, FieldType.FLAG, false, List.of(), List.of());
    }

    private static FieldSpec integer(String id, String title) {
        return new FieldSpec(id, title, FieldType.INTEGER, false, List.of(), List.of());
    }
}
