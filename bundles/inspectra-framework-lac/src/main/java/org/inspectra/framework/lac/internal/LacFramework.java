package org.inspectra.framework.lac.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.quality.ConsistencyCheck;
import org.osgi.service.component.annotations.Component;

/**
 * The inspection of looked after children services, in its April 2013 version (seed {@code 002}). The content is
 * data in the classes beside this one; this component only hands it to the platform.
 */
@Component(service = InspectionFramework.class)
public final class LacFramework implements InspectionFramework {

    static final String ID = "lac";
    static final String VERSION = "2013.04";

    /** The title on the seed's first page. */
    static final String TITLE = "Inspections of looked after children services";

    /** "Published: April 2013" (002, first page): the seed gives no day, so the first of the month stands for it. */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2013, 4, 1);

    static final FrameworkDefinition DEFINITION = new FrameworkDefinition(
            new FrameworkDescriptor(ID, VERSION, TITLE, PUBLISHED_ON, "002"),
            LacGrades.SCALE,
            LacInspectionTypes.ALL,
            LacJudgements.ALL,
            LacCriteria.ALL,
            LacChildLists.ALL);

    /**
     * The seed states no hard rule binding grades together (see {@link OverallGoodBesideInadequateOutcomes}); the one
     * soft rule is stateless, so one shared list serves every call.
     */
    static final List<JudgementRule> RULES = List.of(new OverallGoodBesideInadequateOutcomes());

    /** 002 §30: the cases selected before fieldwork, then a further selection at its start. */
    static final List<SelectionRule> SELECTION_RULES = CaseSelection.STAGES.stream()
            .<SelectionRule>map(CaseSelectionRule::new).toList();

    /** The framework's own data-quality rule, run beside the platform's (stateless, so shared). */
    static final List<ConsistencyCheck> CHECKS = List.of(new CareLeaverUnderSixteen());

    @Override
    public FrameworkDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<JudgementRule> judgementRules() {
        return RULES;
    }

    @Override
    public List<SelectionRule> selectionRules() {
        return SELECTION_RULES;
    }

    @Override
    public List<ConsistencyCheck> consistencyChecks() {
        return CHECKS;
    }

    /** 002 §34: the report sets out the findings under the headings of its report contents table. */
    static final ReportTemplate REPORT = ReportTemplate.fromResources(LacFramework.class,
            "/org/inspectra/framework/lac/report", "inspection-report", "lac-inspection-report",
            "Inspection of services for looked after children", 0, "002 §34");

    @Override
    public Optional<ReportTemplate> reportTemplate(String inspectionType, String audience) {
        return audience.equals("public") ? Optional.of(REPORT) : Optional.empty();
    }
}
