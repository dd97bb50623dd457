package org.inspectra.framework.lac.internal;

/**
 * The counts the seed fixes for every looked after children inspection, each with its paragraph. The timeline
 * ({@link LacInspectionTypes}) is built from them; the others wait for the platform to check teams and surveys.
 */
final class InspectionArrangements {

    /** 002 §7: "The maximum notice period ... is usually 10 working days." */
    static final int MAXIMUM_NOTICE_WORKING_DAYS = 10;

    /** 002 §10: "Inspection teams will normally consist of at least four Ofsted inspectors." */
    static final int MINIMUM_INSPECTORS = 4;

    /** 002 §10: "Inspectors will usually be on site for up to five working days." */
    static final int MAXIMUM_WORKING_DAYS_ON_SITE = 5;

    /** 002 §23: the set-up meeting is held "four days after notification of the inspection". */
    static final int SET_UP_MEETING_DAYS_AFTER_NOTIFICATION = 4;

    /**
     * 002 §13: surveys of children in care and recent care leavers "will involve children aged eight years and over".
     */
    static final int SURVEY_MINIMUM_AGE = 8;

    /** 002 §50: a complaint can be made "up to 30 calendar days from the date of publication". */
    static final int COMPLAINT_CALENDAR_DAYS_AFTER_PUBLICATION = 30;

    private InspectionArrangements() {
    }
}
