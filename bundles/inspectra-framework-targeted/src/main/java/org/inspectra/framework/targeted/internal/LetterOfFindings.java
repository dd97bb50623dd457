package org.inspectra.framework.targeted.internal;

import java.util.List;

/**
 * The letter of findings that takes the place of a graded report ({@code 003 §82-90}): whom it is addressed to and
 * the three kinds of finding it reports. Not yet carried by the SPI.
 */
final class LetterOfFindings {

    /**
     * One addressee.
     *
     * @param id    kebab-case id
     * @param title the office, as the seed names it
     */
    record Recipient(String id, String title) {
    }

    /**
     * One kind of finding.
     *
     * @param id      the finding kind of API.md ({@code POST /inspections/{id}/findings}) it is recorded as
     * @param title   the seed's heading for it
     * @param meaning the seed's sentence saying when inspectors report one
     * @param source  seed paragraph
     */
    record FindingKind(String id, String title, String meaning, String source) {
    }

    /**
     * §90: "The letter will usually be addressed to the DCS, chief executive and the Chair of the LSCB." (§82 names
     * the DCS and the Chair of the LSCB.)
     */
    static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("dcs", "Director of Children's Services"),
            new Recipient("chief-executive", "Chief Executive"),
            new Recipient("lscb-chair", "Chair of the LSCB"));

    static final String RECIPIENTS_SOURCE = "003 §82, §90";

    /**
     * §84-89. API.md's finding kinds are strength, area-for-improvement and priority-action; this framework's "areas
     * for development" are recorded as area-for-improvement.
     */
    static final List<FindingKind> FINDING_KINDS = List.of(
            new FindingKind("strength", "Strengths", "Inspectors should include strengths where the local authority "
                    + "has delivered services that have had a demonstrable positive impact on the experiences of "
                    + "children and young people.", "003 §85"),
            new FindingKind("area-for-improvement", "Areas for development", "They will make clear where statutory "
                    + "guidance is not followed or where practice is weak and, as a result, good outcomes for children "
                    + "are not supported.", "003 §86"),
            new FindingKind("priority-action", "Areas for priority action", "Inspectors will include an area for "
                    + "priority action where a serious weakness is placing children at risk of inadequate protection "
                    + "or significant harm.", "003 §87-88"));

    /** §87's examples of situations that could result in a priority action; §88: "This is not an exhaustive list." */
    static final List<String> PRIORITY_ACTION_EXAMPLES = List.of(
            "weakness in processes, decision-making and practice that result in a failure to respond to and "
                    + "investigate child protection referrals",
            "unrecognised or unallocated child protection cases and/or significant delays in addressing child "
                    + "protection concerns",
            "failure to manage the timeliness or quality of assessment and planning for children and young people in "
                    + "need of protection",
            "failure to address practice deficits in referral and assessment arrangements that were identified as "
                    + "areas of learning from serious case reviews or as actions from previous inspection findings",
            "a significant shortfall in capacity (including front-line staffing numbers and/or qualifications and "
                    + "expertise) or lack of effective management oversight and supervision that impacts adversely on "
                    + "the protection of children",
            "significant delays in allocating or assessing children in need cases, which exposes those children to "
                    + "potential and unquantified risk of harm",
            "ineffective partnership working and/or poor information sharing which impacts on the arrangements to "
                    + "protect children from significant harm");

    private LetterOfFindings() {
    }
}
