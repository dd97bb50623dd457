package org.inspectra.api.framework;

/**
 * The words every framework's child-level lists share for what a column means ({@link FieldSpec#meaning()}) and
 * who a list is of ({@link ChildListSpec#cohort()}), so the platform's consistency checks and a child's chronology
 * read any framework's lists. A date's meaning is the id of the event it dates; a framework may use others, which the
 * chronology shows as they are.
 */
public final class Meanings {

    /** The child's date of birth. */
    public static final String BIRTH = "birth";
    /** An unborn child's expected date of birth ({@code 004} Table 2, lists 1-7): not an event yet. */
    public static final String EXPECTED_BIRTH = "expected-birth";
    /** The child's gender as recorded. */
    public static final String GENDER = "gender";

    public static final String CONTACT = "contact";
    public static final String REFERRAL = "referral";
    /** Whether the referral led to no further action (Y/N). */
    public static final String REFERRAL_NFA = "referral-nfa";
    public static final String ASSESSMENT_START = "assessment-start";
    public static final String ASSESSMENT_AUTHORISED = "assessment-authorised";
    public static final String INITIAL_ASSESSMENT_START = "initial-assessment-start";
    public static final String INITIAL_ASSESSMENT_AUTHORISED = "initial-assessment-authorised";
    public static final String CORE_ASSESSMENT_START = "core-assessment-start";
    public static final String CORE_ASSESSMENT_AUTHORISED = "core-assessment-authorised";
    public static final String SECTION_47_START = "section-47-start";
    public static final String CP_CONFERENCE = "initial-cp-conference";
    public static final String CIN_START = "cin-start";
    public static final String CIN_END = "cin-end";
    public static final String CP_PLAN_START = "cp-plan-start";
    public static final String CP_PLAN_END = "cp-plan-end";
    public static final String STARTED_LOOKED_AFTER = "started-looked-after";
    public static final String CEASED_LOOKED_AFTER = "ceased-looked-after";
    public static final String PLACEMENT_START = "placement-start";
    public static final String ENTERED_CARE = "entered-care";
    public static final String ADOPTION_DECISION = "adoption-decision";
    public static final String PLACEMENT_ORDER = "placement-order";
    public static final String MATCHED = "matched-with-adopters";
    public static final String PLACED_FOR_ADOPTION = "placed-for-adoption";
    public static final String ADOPTION_ORDER = "adoption-order";
    public static final String ADOPTION_DECISION_REVERSED = "adoption-decision-reversed";

    /** Missing episodes counted on a looked after child's row, and the return interview after the last. */
    public static final String MISSING_EPISODES = "missing-episodes";
    public static final String RETURN_INTERVIEW_OFFERED = "return-interview-offered";
    public static final String RETURN_INTERVIEW_ACCEPTED = "return-interview-accepted";
    /** A row's flag saying the child is a care leaver, where one list holds both cohorts (LAC {@code 002 §30}). */
    public static final String CARE_LEAVER = "care-leaver";

    /** Cohort: children looked after, and those who ceased to be in the list's period. */
    public static final String LOOKED_AFTER = "looked-after";
    /** Cohort: care leavers receiving leaving care services. */
    public static final String CARE_LEAVERS = "care-leavers";

    private Meanings() {
    }
}
