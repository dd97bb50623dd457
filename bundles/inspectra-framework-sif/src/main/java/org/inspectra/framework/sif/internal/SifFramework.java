package org.inspectra.framework.sif.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.ContextItem;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.framework.RequestedDocument;
import org.osgi.service.component.annotations.Component;

/**
 * The single inspection framework (SIF) for inspections of services for children in need of help and protection,
 * children looked after and care leavers, in its June 2015 version (seed {@code 004}, Section 1 and Annex A). The
 * content is data in the classes beside this one; this component only hands it to the platform. The LSCB review of
 * Section 2 is a framework of its own, in its own bundle.
 */
@Component(service = InspectionFramework.class)
public final class SifFramework implements InspectionFramework {

    static final String ID = "sif";
    static final String VERSION = "2015.06";

    /** The title on the seed's first page. */
    static final String TITLE = "Framework and evaluation schedule for the inspections of services for children in "
            + "need of help and protection, children looked after and care leavers";

    /** "Published: 01 June 2015" (004, first page). */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2015, 6, 1);

    static final FrameworkDefinition DEFINITION = new FrameworkDefinition(
            new FrameworkDescriptor(ID, VERSION, TITLE, PUBLISHED_ON, "004"),
            SifGrades.SCALE,
            SifInspectionTypes.ALL,
            SifJudgements.ALL,
            SifCriteria.ALL,
            SifChildLists.ALL);

    /** Annex A 1.01-4.10; 4.01-4.10 replace 1.11-1.14 beside a concurrent LSCB review. */
    static final List<RequestedDocument> DOCUMENTS = AnnexADocuments.toSpi();

    /** Rule classes are stateless, so one shared list serves every call. */
    static final List<JudgementRule> RULES = List.of(
            new OverallInadequateWhenKeyInadequate(),
            new GradedInadequateMayHoldLookedAfter(),
            new LeadershipBesideInadequatePractice(),
            new LeadershipInadequateWithoutInadequatePractice(),
            new OutstandingOverallWithKeyBelowGood(),
            new OutstandingLookedAfterWithGradedBelowGood());

    @Override
    public FrameworkDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<JudgementRule> judgementRules() {
        return RULES;
    }

    @Override
    public List<RequestedDocument> requestedDocuments() {
        return DOCUMENTS;
    }

    /** 004 §9: the report, with the LSCB review inside it where one runs at the same time. */
    static final ReportTemplate REPORT = ReportTemplate.fromResources(SifFramework.class,
            "/org/inspectra/framework/sif/report", "inspection-report", "sif-inspection-report",
            "Inspection of services for children in need of help and protection, children looked after and care "
                    + "leavers", 0, "004 §9");

    @Override
    public Optional<ReportTemplate> reportTemplate(String inspectionType, String audience) {
        return audience.equals("public") ? Optional.of(REPORT) : Optional.empty();
    }

    /** Annex A, "Information about the local authority area": the report's context section. */
    static final List<ContextItem> AREA_CONTEXT = LocalAuthorityAreaContext.toSpi();

    @Override
    public List<ContextItem> areaContext() {
        return AREA_CONTEXT;
    }
}
