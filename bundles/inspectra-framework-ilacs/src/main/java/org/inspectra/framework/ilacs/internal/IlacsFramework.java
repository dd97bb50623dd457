package org.inspectra.framework.ilacs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.SelectionRule;
import org.inspectra.api.framework.Pathway;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.framework.RequestedDocument;
import org.osgi.service.component.annotations.Component;

/**
 * ILACS, the framework for inspections of local authority children's services, in its December 2018 version (seed
 * {@code 000}). The content is data in the classes beside this one; this component only hands it to the platform.
 */
@Component(service = InspectionFramework.class)
public final class IlacsFramework implements InspectionFramework {

    static final String ID = "ilacs";
    static final String VERSION = "2018.12";

    /** The title on the seed's first page. */
    static final String TITLE = "Framework, evaluation criteria and inspector guidance for the inspections of local "
            + "authority children’s services";

    /**
     * "We published this version of the framework in December 2018" (000, first page). Neither the seed nor its
     * publication page (001) gives the day, so the first of the month stands for it.
     */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2018, 12, 1);

    static final FrameworkDefinition DEFINITION = new FrameworkDefinition(
            new FrameworkDescriptor(ID, VERSION, TITLE, PUBLISHED_ON, "000"),
            IlacsGrades.SCALE,
            IlacsInspectionTypes.ALL,
            IlacsJudgements.ALL,
            IlacsCriteria.ALL,
            IlacsChildLists.ALL);

    /** Annex A, 1.01-3.12 (000 §271). */
    static final List<RequestedDocument> DOCUMENTS = AnnexADocuments.toSpi();

    /** Rule classes are stateless, so one shared list serves every call. */
    static final List<JudgementRule> RULES = List.of(
            new OverallInadequateWhenPracticeInadequate(),
            new LeadersInadequateWithoutInadequatePractice(),
            new LeadersGoodBesideInadequatePractice(),
            new OutstandingOverallWithKeyBelowGood());

    /** 000 §150: the cohort of children whose experiences inspectors evaluate. */
    static final List<SelectionRule> SELECTION_RULES = List.of(new CohortSelection());

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
    public List<RequestedDocument> requestedDocuments() {
        return DOCUMENTS;
    }

    @Override
    public Optional<ReportTemplate> reportTemplate(String inspectionType, String audience) {
        return IlacsReports.forType(inspectionType, audience);
    }

    @Override
    public Optional<Pathway> pathwayAfter(String overallGrade) {
        return Pathways.forLastGrade(overallGrade).map(Pathways::toSpi);
    }
}
