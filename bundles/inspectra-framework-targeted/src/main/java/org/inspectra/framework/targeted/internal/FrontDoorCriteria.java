package org.inspectra.framework.targeted.internal;

import java.util.List;
import java.util.stream.IntStream;

import org.inspectra.api.framework.Criterion;

/**
 * The criteria of the multi-agency "front door", evaluated in every targeted inspection ({@code 003 §7}): the
 * evaluation schedule numbers ESN 01 to ESN 22, which inspectors use "when they record their findings in evidence
 * records" (footnote 2).
 *
 * <p>Each title is the item as the seed words it, without its "(ESN nn)" tag; the seed's lower-case starts and the
 * full stops of ESN 20-22 are kept. The PDF splits ESN 12 around the page's footnotes; the title joins it. Targeted
 * inspections make no graded judgements (§84-89), so no criterion informs a judgement. The deep dive's own criteria
 * come with its theme's guidance (§7, Annex A), not with this framework.
 */
final class FrontDoorCriteria {

    static final String SOURCE = "003 §7";

    /** §7: ESN 14 to ESN 19 are the sub-items of this one, which has no number of its own. */
    static final String MANAGEMENT_OVERSIGHT = "the quality of management oversight, including:";

    /** The items of §7 in order: the index plus one is the ESN number. */
    static final List<String> ITEMS = List.of(
            "whether thresholds to access assessments and services are clear and consistent, and whether their "
                    + "application improves outcomes for children",
            "how well the individual needs of children are taken into consideration, including the extent to which "
                    + "there is respect for diversity and sensitivity to age, race, culture, religion, gender, sexual "
                    + "orientation and disability",
            "the quality and timeliness of referrals",
            "whether referrals are responded to in a timely and appropriate manner",
            "the quality and timeliness of assessments",
            "the impact of decisions and plans on outcomes for children and their families",
            "whether the local authority works effectively with other agencies, including appropriate and timely "
                    + "sharing of information",
            "the quality of analysis of risk and the factors within the child’s family and community that can help "
                    + "keep them safe",
            "whether signs of specific risks to individual children are recognised and appropriately responded to",
            "whether children and their families are involved in decisions about their lives",
            "the quality of recording in case files",
            "the effectiveness of out-of-hours provision at managing risk of harm through effective information "
                    + "sharing, referral and assessment (including the provision of emergency accommodation for "
                    + "children that go missing)",
            "the impact of strategy discussions and any subsequent section 47 enquiries on actions taken to protect "
                    + "children and young people",
            "effectiveness of senior management audits of how well workers manage risk of harm through effective "
                    + "referral and assessment",
            "risk assessment and prioritisation of referrals",
            "case allocation and workload management",
            "the quality and effectiveness of direct supervision, support and challenge",
            "the effectiveness of the arrangements for informing and involving senior managers in decision-making",
            "the effectiveness of escalation arrangements",
            "how well leaders and managers know and understand what is happening at the 'front door' for their "
                    + "services.",
            "how effectively leaders and managers use their knowledge to challenge and support practitioners and "
                    + "promote continuous improvement.",
            "whether the LSCB actively monitors, promotes, coordinates and evaluates the work of the local authority "
                    + "to help, protect and care for children.");

    /** ESN 01-22 as criteria {@code esn-01} … {@code esn-22}. */
    static final List<Criterion> ALL = IntStream.range(0, ITEMS.size())
            .mapToObj(i -> new Criterion(id(i + 1), ITEMS.get(i), null, SOURCE, List.of()))
            .toList();

    private FrontDoorCriteria() {
    }

    /** {@code esn-01} for ESN 01. */
    static String id(int esn) {
        return String.format("esn-%02d", esn);
    }
}
