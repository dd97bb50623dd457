package org.inspectra.theme.csemissing.internal;

import java.util.List;

import org.inspectra.api.framework.Criterion;

/**
 * The theme's evaluation criteria. {@code 003} names the theme (Annex A) and says its criteria are in separate
 * guidance (§4, §59), which the seeds do not hold. So each criterion here is <em>derived</em>: its title is what a
 * seed says of these children, word for word, and its source says which paragraph:
 * <ul>
 *   <li>{@code 003 §52}: thresholds at referral and assessment "as relevant to the deep dive aspect";</li>
 *   <li>{@code 000 §248}, under the heading "Identifying and responding to all types of abuse recognising the
 *       vulnerability of specific groups of children" (ILACS help and protection, good): the coordinated response to
 *       missing and exploited children, the urgent plan for those often missing, the factors that make children more
 *       vulnerable, and footnote 35 on children not in full-time education;</li>
 *   <li>{@code 004 §31} (SIF children looked after, good): risks of going missing or being sexually exploited known
 *       and reduced;</li>
 *   <li>{@code 000} Annex A item 2.02 (the information requested with the lists of §258): strategies, action plans
 *       and the performance and quality assurance that monitor the work.</li>
 * </ul>
 * Targeted inspections grade nothing (003 §84-89), so no criterion informs a judgement and none has descriptors.
 */
final class CseMissingCriteria {

    static final Criterion THRESHOLDS = criterion("cse-missing-thresholds", "Inspectors will evaluate the "
            + "application of thresholds for children and young people at the point of referral and assessment and as "
            + "relevant to the deep dive aspect of the framework", "003 §52");

    static final Criterion COORDINATED_RESPONSE = criterion("cse-missing-coordinated-response", "Children and young "
            + "people who are missing from home, care or full-time school education (including those who are excluded "
            + "from school) and those at risk of exploitation and trafficking receive well-coordinated responses that "
            + "reduce the harm or risk of harm to them", "000 §248");

    static final Criterion URGENT_PLAN = criterion("cse-missing-urgent-plan", "For those who are missing or often "
            + "missing, there is a clear plan of urgent action in place to protect them and to reduce the risk of harm "
            + "or further harm", "000 §248");

    static final Criterion VULNERABILITY = criterion("cse-missing-vulnerability", "Social workers recognise the "
            + "factors that can make children more vulnerable and tailor their interventions appropriately", "000 §248");

    static final Criterion RISKS_KNOWN = criterion("cse-missing-risks-known", "Any risks associated with children "
            + "and young people offending, misusing drugs or alcohol, going missing or being sexually exploited are "
            + "known by the local authority and by adults who care for them", "004 §31");

    static final Criterion NOT_IN_EDUCATION = criterion("cse-missing-education", "The local authority has "
            + "arrangements in place to identify the number of children not in full-time school education and to "
            + "respond where there are concerns about their welfare", "000 §248 (footnote 35)");

    static final Criterion STRATEGY = criterion("cse-missing-strategy", "Child sexual exploitation or missing "
            + "strategies and associated action plans, and the performance management and quality assurance "
            + "information used to monitor and develop practice in these areas of work", "000 §258 (Annex A 2.02)");

    static final List<Criterion> ALL = List.of(THRESHOLDS, COORDINATED_RESPONSE, URGENT_PLAN, VULNERABILITY,
            RISKS_KNOWN, NOT_IN_EDUCATION, STRATEGY);

    private CseMissingCriteria() {
    }

    private static Criterion criterion(String id, String title, String source) {
        return new Criterion(id, title, null, source, List.of());
    }
}
