package org.inspectra.framework.ilacs.internal;

import java.util.Optional;

import org.inspectra.api.framework.ReportTemplate;

/**
 * What ILACS publishes after each kind of inspection ({@code 000 §208-221}): a report with the graded judgements on
 * its first page after a standard or short inspection, at most ten pages (§211-212, §220), with an unpublished
 * summary for children and young people (§215-216); a letter after a focused or monitoring visit (§208, §213-214).
 * The templates are FreeMarker files beside this class, in {@code report/}.
 */
final class IlacsReports {

    /** Where the FreeMarker templates are in the bundle. */
    private static final String FOLDER = "/org/inspectra/framework/ilacs/report";

    /** §220: "Reports following a standard or short inspection should be no more than 10 pages." */
    static final int MAX_REPORT_PAGES = 10;

    static final ReportTemplate INSPECTION_REPORT = template("inspection-report",
            "Inspection of children's social care services", MAX_REPORT_PAGES, "000 §208-212, §217-220");
    static final ReportTemplate CHILDREN_SUMMARY = template("children-summary",
            "Summary for children and young people", 0, "000 §215-216");
    static final ReportTemplate VISIT_LETTER = template("visit-letter", "Letter of findings", 0,
            "000 §208, §213-214");

    private IlacsReports() {
    }

    /** The document an inspection type calls for, for an audience ({@code public} or {@code children}). */
    static Optional<ReportTemplate> forType(String type, String audience) {
        boolean inspection = type.equals(IlacsInspectionTypes.STANDARD) || type.equals(IlacsInspectionTypes.SHORT);
        boolean visit = type.equals(IlacsInspectionTypes.FOCUSED_VISIT)
                || type.equals(IlacsInspectionTypes.MONITORING_VISIT);
        if (audience.equals("children")) {
            // §215: a summary for children "after each standard and short inspection".
            return inspection ? Optional.of(CHILDREN_SUMMARY) : Optional.empty();
        }
        if (inspection) {
            return Optional.of(INSPECTION_REPORT);
        }
        return visit ? Optional.of(VISIT_LETTER) : Optional.empty();
    }

    private static ReportTemplate template(String name, String title, int maxPages, String source) {
        return ReportTemplate.fromResources(IlacsReports.class, FOLDER, name, "ilacs-" + name, title, maxPages,
                source);
    }
}
