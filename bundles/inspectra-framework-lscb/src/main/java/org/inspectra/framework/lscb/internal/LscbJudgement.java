package org.inspectra.framework.lscb.internal;

import static org.inspectra.framework.lscb.internal.LscbGrades.GOOD;
import static org.inspectra.framework.lscb.internal.LscbGrades.INADEQUATE;
import static org.inspectra.framework.lscb.internal.LscbGrades.OUTSTANDING;
import static org.inspectra.framework.lscb.internal.LscbGrades.REQUIRES_IMPROVEMENT;

import java.util.List;

import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;

/**
 * The one judgement of an LSCB review, the effectiveness of the board, id and kind fixed by API.md. Its descriptors
 * are the seed's for all four grades: the "likely to be judged to be good if" list of §41 (also the criteria,
 * {@link LscbCriteria}) and the outstanding, requires improvement and inadequate statements that follow it.
 */
final class LscbJudgement {

    static final String LSCB_EFFECTIVENESS = "lscb-effectiveness";

    private static final String SOURCE = "004 §41";

    /**
     * The paragraph under Section 2 that describes an effective board, printed between §40 and §41. The SPI's
     * {@code Judgement} has no field for it yet, so it is kept here.
     */
    static final String SUMMARY =
            "The Local Safeguarding Children Board (LSCB) complies with its statutory responsibilities in accordance "
            + "with the Children Act 2004 and the Local Safeguarding Children Board Regulations 2006. The LSCB is "
            + "able to provide evidence that it coordinates the work of statutory partners in helping, protecting "
            + "and caring for children in its local area and there are mechanisms in place to monitor the "
            + "effectiveness of those local arrangements. Multi-agency training in the protection and care of "
            + "children is effective and evaluated regularly for impact on management and practice. The LSCB checks "
            + "that policies and procedures in respect of thresholds for intervention are understood and operate "
            + "effectively and identifies where there are areas for improvement. Challenge of practice between "
            + "partners and casework auditing are rigorous and used to identify where improvements can be made in "
            + "front-line performance and management oversight. Serious case reviews, management reviews and reviews "
            + "of child deaths are used by the local authority and partners as opportunities for learning and "
            + "feedback that drive improvement. The LSCB provides robust and rigorous evaluation and analysis of "
            + "local performance that influence and inform the planning and delivery of high-quality services.";

    static final Judgement EFFECTIVENESS = new Judgement(LSCB_EFFECTIVENESS,
            "The effectiveness of the Local Safeguarding Children Board (LSCB)", JudgementKind.OVERALL, null,
            "004 §36-41", List.of(
                    // 004 §41, "Outstanding"
                    descriptor(OUTSTANDING,
                                    "The LSCB is likely to be outstanding if, in addition to meeting the "
                                    + "requirements for a good judgement, it provides evidence of being a highly "
                                    + "influential strategic arrangement that directly influences and improves "
                                    + "performance in the care and protection of children. That improvement is "
                                    + "sustained and extends across multi-disciplinary practice with children, young "
                                    + "people and families. Analysis and evaluation of performance is exceptional "
                                    + "and helps the local authority and partners to properly understand the impact "
                                    + "of services, the quality of practice and the areas for improvement. There is "
                                    + "a comprehensive range of training for managers and practitioners that is "
                                    + "directly related to multi-agency improvement priorities. The LSCB creates and "
                                    + "fosters an effective learning culture locally that extends to front-line "
                                    + "practitioners."),
                    // 004 §41, the "likely to be judged to be good if" list
                    new GradeDescriptor(GOOD, LscbCriteria.GOOD, SOURCE),
                    // 004 §41, "Requires improvement"
                    descriptor(REQUIRES_IMPROVEMENT,
                                    "The LSCB is likely to require improvement if it is not yet demonstrating the "
                                    + "characteristics of good."),
                    // 004 §41, "Inadequate"
                    descriptor(INADEQUATE,
                                    "The LSCB is likely to be inadequate if it is not demonstrating that it has "
                                    + "effective arrangements in place and the required skills to discharge its "
                                    + "statutory functions set out in Working together to safeguard children, the "
                                    + "Children Act 2004 and the LSCB regulations 2006. The LSCB does not understand "
                                    + "the experiences of children and young people locally and fails to identify "
                                    + "where improvements can be made.")));

    static final List<Judgement> ALL = List.of(EFFECTIVENESS);

    private LscbJudgement() {
    }

    private static GradeDescriptor descriptor(String grade, String statement) {
        return new GradeDescriptor(grade, List.of(statement), SOURCE);
    }
}
