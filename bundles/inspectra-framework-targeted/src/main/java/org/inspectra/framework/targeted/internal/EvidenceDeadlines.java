package org.inspectra.framework.targeted.internal;

/**
 * When evidence must reach the summary of evidence and analysis (SEA), the team's shared record ({@code 003 §76-78}),
 * in working days of the table under §9. The targeted type hands the platform its {@code RecordingRule}: entries
 * within two working days, all by day 13.
 *
 * @param entryWithinWorkingDays  §78 "Inspectors should complete SEA entries within two days of collecting the
 *                                evidence" (working days, DOMAIN.md)
 * @param collectionEndsDay       the table: "evidence collection ceases at 3.00pm on day 12"
 * @param allEntriesMadeByDay     §78 "All SEA entries must be made before the team meeting on Thursday afternoon
 *                                where provisional findings are agreed": day 12
 * @param allEntriesCompleteByDay §78 "should be completed by the end of the day on Friday of Week three": day 13, when
 *                                the table has inspectors "ensure that their evidence records are fully up to date"
 * @param source                  seed paragraphs
 */
record EvidenceDeadlines(int entryWithinWorkingDays, int collectionEndsDay, int allEntriesMadeByDay,
                         int allEntriesCompleteByDay, String source) {

    static final EvidenceDeadlines SEA = new EvidenceDeadlines(2, 12, 12, 13, "003 §9 (table), §76-78");

    EvidenceDeadlines {
        if (entryWithinWorkingDays < 0 || allEntriesMadeByDay < collectionEndsDay
                || allEntriesCompleteByDay < allEntriesMadeByDay) {
            throw new IllegalArgumentException("deadlines out of order");
        }
    }

    /**
     * The day by which the SEA entry for evidence collected on {@code evidenceDay} is due: two working days later, but
     * no later than the provisional-findings meeting of day 12.
     *
     * @throws IllegalArgumentException for a day after evidence collection has ceased
     */
    int entryDueDay(int evidenceDay) {
        if (evidenceDay > collectionEndsDay) {
            throw new IllegalArgumentException("evidence collection ceases on day " + collectionEndsDay
                    + "; no evidence is collected on day " + evidenceDay);
        }
        return Math.min(evidenceDay + entryWithinWorkingDays, allEntriesMadeByDay);
    }
}
