package org.inspectra.framework.lac.internal;

import static org.inspectra.framework.lac.internal.LacJudgements.LEADERSHIP_AND_MANAGEMENT;
import static org.inspectra.framework.lac.internal.LacJudgements.OUTCOMES;
import static org.inspectra.framework.lac.internal.LacJudgements.QUALITY_OF_PROVISION;

import java.util.List;

import org.inspectra.api.framework.Criterion;

/**
 * What inspectors evaluate under each judgement, in the seed's words: the aspects each judgement "tak[es] into
 * account" in the summary evaluation schedule ({@code 002 §16}), repeated under the report headings (§34), and for
 * outcomes the one place the seed says what outcomes cover, the outcomes item of case-file scrutiny (§29).
 *
 * <p>The seed names no aspects for overall effectiveness or capacity to improve, so they have no criteria; the
 * evaluation schedules with their grade descriptors are a separate document (§15), so no criterion has descriptors.
 * Text is verbatim, lower case where the seed's bullets are; ids are the text in kebab case (outcomes: its
 * opening words after the article).
 */
final class LacCriteria {

    private static final String SCHEDULE = "002 §16, §34";

    static final List<Criterion> ALL = List.of(
            // §16 "Leadership and management taking into account:"
            criterion("ambition-and-prioritisation", "ambition and prioritisation", LEADERSHIP_AND_MANAGEMENT,
                    SCHEDULE),
            criterion("performance-management-and-quality-assurance", "performance management and quality assurance",
                    LEADERSHIP_AND_MANAGEMENT, SCHEDULE),
            criterion("workforce-development", "workforce development", LEADERSHIP_AND_MANAGEMENT, SCHEDULE),
            criterion("partnerships", "partnerships", LEADERSHIP_AND_MANAGEMENT, SCHEDULE),
            criterion("effective-use-of-resources", "effective use of resources", LEADERSHIP_AND_MANAGEMENT,
                    SCHEDULE),
            // §16 "Quality of provision taking into account:"
            criterion("service-responsiveness", "service responsiveness", QUALITY_OF_PROVISION, SCHEDULE),
            criterion("quality-of-assessment-and-direct-work-with-children-and-families",
                    "quality of assessment and direct work with children and families", QUALITY_OF_PROVISION,
                    SCHEDULE),
            criterion("quality-of-case-planning-reviews-and-recording", "quality of case planning, reviews and "
                    + "recording", QUALITY_OF_PROVISION, SCHEDULE),
            // §16 gives the outcomes judgement no aspects; §29 lists what case-file scrutiny considers of outcomes.
            criterion("outcomes-achieved", "the outcomes achieved for looked after children as a result of these "
                    + "services, including health, attendance and progress at school, numbers in full-time "
                    + "education, employment and training and rates of offending", OUTCOMES, "002 §29"));

    /**
     * §17: equality and diversity "will be considered and reported on in all aspects of the evaluation schedule and
     * will contribute to all judgements". A criterion informs one judgement in the SPI, so this is kept as data, not
     * as a criterion.
     */
    static final String EQUALITY_AND_DIVERSITY = "Equality and diversity issues will be considered and reported on "
            + "in all aspects of the evaluation schedule and will contribute to all judgements.";

    private LacCriteria() {
    }

    private static Criterion criterion(String id, String title, String judgement, String source) {
        return new Criterion(id, title, judgement, source, List.of());
    }
}
