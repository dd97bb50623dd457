package org.inspectra.framework.lscb.internal;

import static org.inspectra.framework.lscb.internal.LscbJudgement.LSCB_EFFECTIVENESS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;

/**
 * What inspectors evaluate in an LSCB review: the bullets of "The LSCB is likely to be judged to be good if:"
 * (004 §41), one criterion each, titled by the bullet's first sentence and carrying the bullet as its "good"
 * descriptor, ids {@code lscb-effectiveness-01} to {@code -11} in the seed's order; and the consideration §38 adds "In
 * addition", which has no descriptor of its own. Text as published, without PDF line breaks, italics and footnote
 * markers (32-34); "frontline" and "front-line" are both kept as printed.
 */
final class LscbCriteria {

    private static final String SOURCE = "004 §41";

    /** 004 §41: "The LSCB is likely to be judged to be good if:", 11 bullets. */
    static final List<String> GOOD = List.of(
            // 1
            "The governance arrangements enable LSCB partners (including the Health and Well-Being Board and the "
            + "Children's Trust) to assess whether they are fulfilling their statutory responsibilities to help "
            + "(including early help), protect and care for children and young people. The LSCB effectively "
            + "prioritises according to local issues and demands and there is evidence of clear improvement "
            + "priorities identified that are incorporated into a delivery plan to improve outcomes.",
            // 2
            "Regular and effective monitoring and evaluation of multi-agency frontline practice to safeguard "
            + "children identifies where improvement is required in the quality of practice and services that "
            + "children, young people and families receive. This includes monitoring the effectiveness of early "
            + "help.",
            // 3
            "Partners hold each other to account for their contribution to the safety and protection of children and "
            + "young people (including children and young people living in the area away from their home authority), "
            + "facilitated by the chair.",
            // 4
            "Safeguarding is a priority for all of the statutory LSCB members and this is demonstrable, such as "
            + "through effective section 11 audits. All LSCB partners make a proportionate financial and resource "
            + "contribution to the main LSCB and the audit and scrutiny activity of any sub-groups.",
            // 5
            "The LSCB has a local learning and improvement framework with statutory partners. Opportunities for "
            + "learning are effective and properly engage all partners. Serious case reviews are initiated where the "
            + "criteria set out in statutory guidance are met and identify good practice to be disseminated and "
            + "where practice can be improved. Serious case reviews are published.",
            // 6
            "The LSCB ensures that high-quality policies and procedures are in place (as required by Working "
            + "together to safeguard children) and that these policies and procedures are monitored and evaluated "
            + "for their effectiveness and impact and revised where improvements can be made. The LSCB monitors and "
            + "understands the application of thresholds locally.",
            // 7
            "The LSCB understands the nature and extent of the local issues in relation to children missing and "
            + "children at risk of sexual exploitation and oversees effective information sharing and a local "
            + "strategy and action plan.",
            // 8
            "The LSCB uses case file audits including joint case audits to identify priorities that will improve "
            + "multi-agency professional practice with children and families. The chair raises challenges and works "
            + "with the local authority and other LSCB partners where there are concerns that the improvements are "
            + "not effective. Practitioners and managers working with families are able to be involved in practice "
            + "audits, identifying strengths, areas for improvement and lessons to be learned. The experiences of "
            + "children and young people are used as a measure of improvement.",
            // 9
            "The LSCB is an active and influential participant in informing and planning services for children, "
            + "young people and families in the area and draws on its assessments of the effectiveness of "
            + "multi-agency practice. It uses its scrutiny role and statutory powers to influence priority setting "
            + "across other strategic partnerships such as the Health and Well-being Board.",
            // 10
            "The LSCB ensures that sufficient, high-quality multi-agency training is available and evaluates its "
            + "effectiveness and impact on improving front-line practice and the experiences of children, young "
            + "people, families and carers. All LSCB members support access to the training opportunities in their "
            + "agencies.",
            // 11
            "The LSCB, through its annual report, provides a rigorous and transparent assessment of the performance "
            + "and effectiveness of local services. It identifies areas of weakness and the causes of those "
            + "weaknesses, and evaluates and where necessary challenges the action being taken. The report includes "
            + "lessons from management reviews, serious case reviews and child deaths within the reporting period.");

    /** The criterion of §38 that is not a bullet of §41. */
    static final String EVALUATION_OF_PARTNERS = "lscb-evaluation-of-partners";

    /**
     * 004 §38: "In addition, inspectors will consider how effectively the LSCB evaluates and monitors the quality and
     * effectiveness of the local authority and statutory partners in protecting and caring for children, including the
     * provision of improvement advice."
     */
    static final Criterion CONSIDERED_IN_ADDITION = new Criterion(EVALUATION_OF_PARTNERS,
            "how effectively the LSCB evaluates and monitors the quality and effectiveness of the local authority and "
                    + "statutory partners in protecting and caring for children, including the provision of "
                    + "improvement advice",
            LSCB_EFFECTIVENESS, "004 §38", List.of());

    /** A sentence ends at a full stop followed by the next sentence's capital. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.*?)[.?](?= [A-Z']|$)");

    static final List<Criterion> ALL = all();

    private LscbCriteria() {
    }

    /** The criterion id of bullet {@code number} (from 1) of §41. */
    static String id(int number) {
        return String.format("%s-%02d", LSCB_EFFECTIVENESS, number);
    }

    /** The first sentence of a statement without its closing full stop: the criterion's title. */
    static String title(String statement) {
        Matcher m = FIRST_SENTENCE.matcher(statement);
        if (!m.find()) {
            throw new IllegalArgumentException("no sentence in: " + statement);
        }
        return m.group(1);
    }

    private static List<Criterion> all() {
        List<Criterion> all = new ArrayList<>();
        for (int i = 0; i < GOOD.size(); i++) {
            String statement = GOOD.get(i);
            all.add(new Criterion(id(i + 1), title(statement), LSCB_EFFECTIVENESS, SOURCE,
                    List.of(new GradeDescriptor(LscbGrades.GOOD, List.of(statement), SOURCE))));
        }
        all.add(CONSIDERED_IN_ADDITION);
        return List.copyOf(all);
    }
}
