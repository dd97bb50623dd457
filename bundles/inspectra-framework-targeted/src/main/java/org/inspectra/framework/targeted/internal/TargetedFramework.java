package org.inspectra.framework.targeted.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.framework.SelectionRule;
import org.osgi.service.component.annotations.Component;

/**
 * Ofsted targeted local authority inspections, in the framework of January 2016 (seed {@code 003}). The content is
 * data in the classes beside this one; this component only hands it to the platform.
 *
 * <p>Targeted inspections grade nothing: the outcome is a letter of strengths, areas for development and areas for
 * priority action (§84-89). So the grade scale and the judgements are empty and there are no judgement rules (the
 * interface's default).
 */
@Component(service = InspectionFramework.class)
public final class TargetedFramework implements InspectionFramework {

    static final String ID = "targeted";
    static final String VERSION = "2016.01";

    /** The title on the seed's first page. */
    static final String TITLE = "Ofsted Targeted Local Authority Inspections";

    /** "Published: 14 January 2016" (003, first page). */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2016, 1, 14);

    static final FrameworkDefinition DEFINITION = new FrameworkDefinition(
            new FrameworkDescriptor(ID, VERSION, TITLE, PUBLISHED_ON, "003"),
            List.of(),
            TargetedInspectionTypes.ALL,
            List.of(),
            FrontDoorCriteria.ALL,
            TargetedChildLists.ALL);

    @Override
    public FrameworkDefinition definition() {
        return DEFINITION;
    }

    /** 003 §21: 20 children from the deep-dive list, then five to seven of them. */
    @Override
    public List<SelectionRule> selectionRules() {
        return ChildSelection.RULES;
    }

    /** 003 §82-90: a letter of findings, no grades, to the DCS, the chief executive and the LSCB chair. */
    static final ReportTemplate LETTER = ReportTemplate.fromResources(TargetedFramework.class,
            "/org/inspectra/framework/targeted/report", "letter-of-findings", "targeted-letter-of-findings",
            "Letter of findings", 0, "003 §82-90");

    @Override
    public Optional<ReportTemplate> reportTemplate(String inspectionType, String audience) {
        return audience.equals("public") ? Optional.of(LETTER) : Optional.empty();
    }
}
