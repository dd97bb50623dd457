package org.inspectra.api.judgement;

import java.util.List;

import org.inspectra.api.security.Caller;

/**
 * Grading an inspection's judgements under its pinned framework version. The platform enforces the framework's hard
 * rules and shows its soft ones (DOMAIN.md, "best fit").
 */
@org.osgi.annotation.versioning.ProviderType
public interface JudgementService {

    /**
     * Gives a judgement a grade.
     *
     * @param acceptWarnings  soft rule ids the team accepts with its rationale
     * @param expectedVersion the grade's version the caller saw (0 where there was none), or {@code null} to skip the
     *                        check
     * @throws org.inspectra.api.error.RuleViolationException where the grade is not on the framework's scale, the
     *                                                        judgement is not the framework's, or a hard rule breaks
     * @throws org.inspectra.api.error.ConflictException      where the inspection type makes no graded judgements,
     *                                                        the inspection is read-only, or another writer changed
     *                                                        the grade first
     */
    GradeOutcome grade(String inspectionId, String judgementId, String grade, String rationale,
                       List<String> acceptWarnings, Long expectedVersion, Caller caller);

    /**
     * What {@link #grade} would answer for this grade, with the other grades as they stand, saving nothing: the hard
     * rules that would refuse it and the soft rules that would warn. The same checks as grading, for the team.
     *
     * @throws org.inspectra.api.error.RuleViolationException where the grade is not on the framework's scale
     * @throws org.inspectra.api.error.ConflictException      where the inspection type makes no graded judgements
     */
    GradeCheckResult check(String inspectionId, String judgementId, String grade, Caller caller);

    /** Every judgement of the framework with its grade and the rules binding it now, in the framework's order. */
    List<JudgementStanding> standings(String inspectionId, Caller caller);
}
