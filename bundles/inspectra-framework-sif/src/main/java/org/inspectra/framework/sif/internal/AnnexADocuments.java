package org.inspectra.framework.sif.internal;

import java.util.List;

import org.inspectra.api.framework.RequestedDocument;
import java.util.Optional;

/**
 * The numbered performance information of Annex A ("Performance information required to support the inspection"):
 * 1.01-1.14, 2.01-2.07, 3.01-3.10 and, for a concurrent LSCB review, 4.01-4.10. The local authority puts the number
 * in the document name as a prefix so inspectors can match a document to its topic. Titles are as printed (lower-case
 * starts and all), without the bold marks; the reports of 2.03, 2.06 and 2.07 list what they hold for each child.
 * The platform reads them through {@link SifFramework#requestedDocuments()}.
 */
final class AnnexADocuments {

    /** The framework whose concurrent review changes the list (API.md: an LSCB review runs beside its SIF). */
    static final String LSCB = "lscb";

    /** When the local authority provides a document, which depends on whether an LSCB review runs alongside. */
    enum Requested {
        /** Always. */
        ALWAYS,
        /** "Where a review of the LSCB is not undertaken at the same time as the single inspection" (1.11-1.14). */
        WITHOUT_CONCURRENT_LSCB_REVIEW,
        /** "Where the LSCB review takes place concurrently to the local authority inspection" (4.01-4.10). */
        WITH_CONCURRENT_LSCB_REVIEW
    }

    /**
     * One numbered document.
     *
     * @param number    as the seed numbers it, e.g. {@code 2.07}
     * @param section   the heading it sits under
     * @param title     the item as the seed words it
     * @param details   what a report holds for each child, where the seed lists it
     * @param requested when it is asked for
     * @param source    where the seed lists it
     */
    record Document(String number, String section, String title, List<String> details, Requested requested,
                    String source) {
        Document {
            details = List.copyOf(details);
        }

        Document(String number, String section, String title, List<String> details, Requested requested) {
            this(number, section, title, details, requested, SOURCE);
        }
    }

    static final String SOURCE = "004 Annex A, Performance information required to support the inspection";

    static final String PERFORMANCE = "Performance information required to support the inspection";
    static final String HELP_AND_PROTECTION = "Children in need of help and/or protection";
    static final String LOOKED_AFTER = "Children looked after and care leavers";
    static final String LSCB_REVIEW = "Information required to support the LSCB review where the review is being "
            + "undertaken at the same time as the single inspection";

    static final List<Document> ALL = List.of(
            doc("1.01", PERFORMANCE, "organisational structure showing lines of reporting and accountability"),
            doc("1.02", PERFORMANCE, "arrangements for decision-making, workflow and case management"),
            doc("1.03", PERFORMANCE, "monthly management information reports for child protection and looked after "
                    + "children, at both team (locality) and departmental level"),
            doc("1.04", PERFORMANCE, "the workforce profile for social care staff working with children in need, "
                    + "children subject to child protection plans, children looked after and care leavers (including: "
                    + "the number of qualified social workers and their post-qualifying experience; the number of "
                    + "vacancies for permanent staff; the number of locum/agency staff; the extent of staff "
                    + "turnover/stability and sickness levels; and average caseloads of staff by team)"),
            doc("1.05", PERFORMANCE, "the training and development strategy for the workforce, including arrangements "
                    + "to accommodate feedback from children and families and learning from case and serious case "
                    + "reviews"),
            doc("1.06", PERFORMANCE, "social work caseload and supervision policy"),
            doc("1.07", PERFORMANCE, "assessment and threshold criteria for helping families, protecting children and "
                    + "looking after them"),
            doc("1.08", PERFORMANCE, "number of complaints and follow-up activity"),
            doc("1.09", PERFORMANCE, "local strategic needs analysis, including the number of children living in homes "
                    + "where there is a parent/carer known to be receiving treatment for drug or alcohol misuse, known "
                    + "to be suffering from mental ill health and/or experiencing domestic abuse. This should also "
                    + "include details of any commissioned services in support of children and families living in "
                    + "these circumstances. The number and needs of looked after children and care leavers should also "
                    + "be included in respect of the provision of sufficient placements and choices for care leavers."),
            doc("1.10", PERFORMANCE, "details of findings from any peer review type activity of child protection or "
                    + "services for looked after children within the last 12 months"),
            lscbAlone("1.11", "LSCB annual report"),
            lscbAlone("1.12", "LSCB business plan"),
            lscbAlone("1.13", "LSCB minutes from the last 12 months of meetings"),
            lscbAlone("1.14", "the training strategy from the LSCB"),
            doc("2.01", HELP_AND_PROTECTION, "early help strategy and impact analysis, including management "
                    + "information on availability of services (family support), numbers of families receiving help "
                    + "following an early help assessment or similar (CAF) in the last 12 months"),
            doc("2.02", HELP_AND_PROTECTION, "sample practice audits, including some that are multi-agency over the "
                    + "six months prior to inspection and associated improvement/action plans"),
            new Document("2.03", HELP_AND_PROTECTION, "a report on those children known to the local authority who "
                    + "are currently being privately fostered", List.of(
                            "child unique ID, date of birth",
                            "date private fostering arrangement commenced"), Requested.ALWAYS),
            doc("2.04", HELP_AND_PROTECTION, "number of young people placed under secure accommodation welfare orders "
                    + "(section 25 of the Children Act 1989)"),
            doc("2.05", HELP_AND_PROTECTION, "number of children who are electively home educated known to the "
                    + "authority"),
            new Document("2.06", HELP_AND_PROTECTION, "a report on children, for whom the local authority is "
                    + "responsible, who are of school age and who are not in receipt of full-time school education at "
                    + "the time of inspection", List.of(
                            "child unique ID or UPN, date of birth",
                            "type of educational provision that they are receiving, including home tuition",
                            "number of hours provision per week (in particular whether they are receiving more or less "
                                    + "than 25 hours per week)",
                            "type of exclusion (if the child has been excluded)",
                            "date when alternative provision commenced."), Requested.ALWAYS),
            // Footnote 35 on the first detail: police may know of children the local authority does not, who then
            // have no unique ID.
            new Document("2.07", HELP_AND_PROTECTION, "a report on all children missing from home or care", List.of(
                    "child unique ID and date of birth (where available)",
                    "number of episodes when the child or young person has been missing",
                    "a short summary of action and decisions",
                    "details about whether they are known to be vulnerable to sexual exploitation."),
                    Requested.ALWAYS),
            doc("3.01", LOOKED_AFTER, "strategic plan for looked after children, including corporate parenting "
                    + "objectives, education and housing priorities, planning for permanence and children's futures"),
            doc("3.02", LOOKED_AFTER, "Child and Adolescent Mental Health Service (CAMHS) strategy, including length "
                    + "of waiting time and average length of help offered"),
            doc("3.03", LOOKED_AFTER, "commissioning and sufficiency strategy"),
            doc("3.04", LOOKED_AFTER, "annual report of the Virtual Head Teacher"),
            doc("3.05", LOOKED_AFTER, "sample practice audits, including some that are multi-agency over the six "
                    + "months prior to inspection and associated improvement/action plans"),
            doc("3.06", LOOKED_AFTER, "management report of the independent reviewing officer service"),
            doc("3.07", LOOKED_AFTER, "evidence from complaints and feedback from children and families"),
            doc("3.08", LOOKED_AFTER, "evidence on educational progress and outcomes, including data on attainment, "
                    + "progress, attendance, exclusion, personal education plans, alternative educational provision, "
                    + "employment and training at age 16"),
            doc("3.09", LOOKED_AFTER, "the local family justice board minutes from the last six months"),
            doc("3.10", LOOKED_AFTER, "evidence of children's health, including data on health (physical, "
                    + "psychological and emotional) assessments and dental checks."),
            lscbConcurrent("4.01", "minutes of LSCB meetings from the previous 12 months (including executive board "
                    + "meetings where applicable)"),
            lscbConcurrent("4.02", "structure of the LSCB and sub-groups; names and contact details for LSCB members"),
            lscbConcurrent("4.03", "sub-group minutes as requested by the lead inspector"),
            lscbConcurrent("4.04", "any evaluation of multi-agency safeguarding training and the LSCB training "
                    + "strategy"),
            lscbConcurrent("4.05", "any serious case review action plans"),
            lscbConcurrent("4.06", "any recent auditing undertaken by the LSCB"),
            lscbConcurrent("4.07", "the learning improvement framework"),
            lscbConcurrent("4.08", "the Child Death Overview Process annual report"),
            lscbConcurrent("4.09", "the LSCB business plan"),
            lscbConcurrent("4.10", "the LSCB annual report."));

    private AnnexADocuments() {
    }

    static Optional<Document> document(String number) {
        return ALL.stream().filter(d -> d.number().equals(number)).findFirst();
    }

    /**
     * The documents a local authority provides, depending on whether the LSCB review is concurrent: "please ignore
     * items 1.11 to 1.14 and provide the more extensive list of documents shown later in this annex at 4.01 to 4.10".
     */
    static List<Document> requested(boolean concurrentLscbReview) {
        Requested skipped = concurrentLscbReview
                ? Requested.WITHOUT_CONCURRENT_LSCB_REVIEW
                : Requested.WITH_CONCURRENT_LSCB_REVIEW;
        return ALL.stream().filter(d -> d.requested() != skipped).toList();
    }

    /** The documents as the platform reads them: whether each is asked for follows from what runs beside. */
    static List<RequestedDocument> toSpi() {
        return ALL.stream().map(d -> new RequestedDocument(d.number(), d.section(), d.title(), d.source(),
                d.requested() == Requested.WITH_CONCURRENT_LSCB_REVIEW ? LSCB : null,
                d.requested() == Requested.WITHOUT_CONCURRENT_LSCB_REVIEW ? LSCB : null)).toList();
    }

    private static Document doc(String number, String section, String title) {
        return new Document(number, section, title, List.of(), Requested.ALWAYS);
    }

    private static Document lscbAlone(String number, String title) {
        return new Document(number, PERFORMANCE, title, List.of(), Requested.WITHOUT_CONCURRENT_LSCB_REVIEW);
    }

    private static Document lscbConcurrent(String number, String title) {
        return new Document(number, LSCB_REVIEW, title, List.of(), Requested.WITH_CONCURRENT_LSCB_REVIEW);
    }
}
