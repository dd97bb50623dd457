package org.inspectra.framework.lscb.internal;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.osgi.service.component.annotations.Component;

/**
 * Reviews of Local Safeguarding Children Boards, in the June 2015 version published with the SIF (seed {@code 004},
 * Section 2). One graded judgement and no child-level lists of its own; with a single judgement there is no rule
 * binding grades together, so the framework offers none. The content is data in the classes beside this one; this
 * component only hands it to the platform.
 */
@Component(service = InspectionFramework.class)
public final class LscbFramework implements InspectionFramework {

    static final String ID = "lscb";
    static final String VERSION = "2015.06";

    /** The second title on the seed's first page, naming the reviews of Section 2. */
    static final String TITLE = "Reviews of Local Safeguarding Children Boards";

    /** "Published: 01 June 2015" (004, first page). */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2015, 6, 1);

    static final FrameworkDefinition DEFINITION = new FrameworkDefinition(
            new FrameworkDescriptor(ID, VERSION, TITLE, PUBLISHED_ON, "004"),
            LscbGrades.SCALE,
            LscbReview.ALL,
            LscbJudgement.ALL,
            LscbCriteria.ALL,
            List.of());

    @Override
    public FrameworkDefinition definition() {
        return DEFINITION;
    }
}
