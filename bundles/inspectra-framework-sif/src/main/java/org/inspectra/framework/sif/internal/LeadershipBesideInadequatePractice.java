package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.PRACTICE_JUDGEMENTS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Soft: leadership, management and governance judged better than inadequate beside an inadequate practice judgement
 * (help and protection, or children looked after and achieving permanence).
 *
 * <p>004 §21: "In most cases it is also likely that if either the effectiveness of child protection or the
 * effectiveness of provision for looked after children is inadequate, the leadership judgement is likely to be judged
 * inadequate." §22: "In exceptional cases" leadership may be good or requiring improvement beside an inadequate
 * overall judgement, where leaders "will have demonstrated sufficient understanding of the widespread or serious
 * failure and will have also been effective in prioritising, challenging and making sustained improvement"; inspectors
 * acknowledge and report it, and "Her Majesty's Chief Inspector will consider the evidence and moderate the leadership
 * judgement accordingly". The grade is allowed as an exception, so the rule warns that it needs that evidence and
 * HMCI's moderation. §22 speaks of good or requiring improvement only; outstanding is flagged as outside it.
 */
final class LeadershipBesideInadequatePractice extends HeldByInadequacy {

    static final String ID = "leadership-beside-inadequate-practice";
    static final String SOURCE = "004 §21-22";

    LeadershipBesideInadequatePractice() {
        super(ID, RuleStrength.SOFT, SOURCE, LEADERSHIP_MANAGEMENT_GOVERNANCE, grade -> !INADEQUATE.equals(grade),
                PRACTICE_JUDGEMENTS, INADEQUATE, LeadershipBesideInadequatePractice::message);
    }

    private static String message(String leadership, List<String> inadequate) {
        String message = "Leadership, management and governance is judged " + leadership + " beside an inadequate"
                + " practice judgement (" + String.join(", ", inadequate) + "): this is an exceptional case in which"
                + " leaders must have demonstrated sufficient understanding of the widespread or serious failure and"
                + " been effective in prioritising, challenging and making sustained improvement; report it, and Her"
                + " Majesty's Chief Inspector will consider the evidence and moderate the leadership judgement"
                + " (004 §21-22).";
        if (OUTSTANDING.equals(leadership)) {
            message += " §22 contemplates good or requiring improvement in this case, not outstanding.";
        }
        return message;
    }
}
