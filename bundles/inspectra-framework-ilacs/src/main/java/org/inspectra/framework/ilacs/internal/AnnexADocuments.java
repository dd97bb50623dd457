package org.inspectra.framework.ilacs.internal;

import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.RequestedDocument;

/**
 * The numbered information of Annex A that the local authority uses to manage its services ({@code 000 §269-271}).
 * §271: the local authority puts the number in the document name as a prefix, so an upload can be matched to its
 * topic. The platform reads them through {@link IlacsFramework#requestedDocuments()}.
 */
final class AnnexADocuments {

    /**
     * One numbered item of Annex A.
     *
     * @param number  as the seed numbers it, e.g. {@code 2.05}
     * @param section the heading it sits under
     * @param title   the item as the seed words it
     * @param details the points the seed lists under the item, if any
     */
    record Document(String number, String section, String title, List<String> details) {
        Document {
            details = List.copyOf(details);
        }
    }

    static final String SOURCE = "000 §271";

    static final String LEADERSHIP = "Impact of leadership on social work practice with children and families";
    static final String HELP_AND_PROTECTION = "Children in need of help and protection, including early help";
    static final String CHILDREN_IN_CARE = "Children in care and care leavers";

    /**
     * 1.01-1.13, 2.01-2.05, 3.01-3.12, in the seed's order. (The September 2018 changes renumbered the 3.x items
     * after a duplicated 3.04; this is the December 2018 numbering.)
     */
    static final List<Document> ALL = List.of(
            doc("1.01", LEADERSHIP, "Organisational structure showing lines of reporting and accountability (where "
                    + "relevant, this should include information about structures for alternative delivery models)"),
            doc("1.02", LEADERSHIP, "The local authority’s scheme of delegation, case transfer policy (including "
                    + "step-up/down from or to early help) and any workflow documents/flowcharts that will help "
                    + "inspectors understand how children’s social care work is structured"),
            doc("1.03", LEADERSHIP, "Management information reports that the local authority uses to monitor and "
                    + "improve performance. This should include the most recent monthly/quarterly report/s and the "
                    + "last annual overview document"),
            doc("1.04", LEADERSHIP, "The local authority’s arrangements to gather feedback from children and their "
                    + "families, complaints and serious case reviews and what the local authority has done in "
                    + "response to improve practice"),
            doc("1.05", LEADERSHIP, "The most recent self-evaluation of social work practice and any peer review or "
                    + "similar external evaluation of practice, undertaken in the last 12 months"),
            doc("1.06", LEADERSHIP, "A sample of local authority and multi-agency practice audits of work with "
                    + "children in need, at risk of significant harm and those who are looked after or care leavers "
                    + "undertaken in the six months before inspection and any associated improvement/action plans"),
            doc("1.07", LEADERSHIP, "The workforce profile for social care staff working with children in need, "
                    + "children subject to child protection plans, children in care and care leavers (including: the "
                    + "number of qualified social workers and their post-qualifying experience; the number of "
                    + "vacancies for permanent staff; the number of locum/agency staff; the extent of staff "
                    + "turnover/stability and sickness levels; and average caseloads of staff by team). This should "
                    + "include information the local authority uses to understand its workforce profile within "
                    + "particular localities, offices or teams."),
            doc("1.08", LEADERSHIP, "The workforce development strategy, including the core training and development "
                    + "offer for social workers and their managers and any evaluation of the impact of this undertaken "
                    + "in the last twelve months"),
            doc("1.09", LEADERSHIP, "Social work caseload and supervision policy"),
            doc("1.10", LEADERSHIP, "The thresholds/criteria for the provision of services to children at different "
                    + "levels of need"),
            doc("1.11", LEADERSHIP, "the annual report by the local safeguarding partners"),
            doc("1.12", LEADERSHIP, "the safeguarding arrangements agreed by the local safeguarding partners"),
            doc("1.13", LEADERSHIP, "minutes from the last 12 months of meetings of the local safeguarding partners"),
            doc("2.01", HELP_AND_PROTECTION, "The early help strategy, any associated action plan and relevant "
                    + "management information on the quality, timeliness and impact of the early help provided to "
                    + "children and their families. This should include, as a minimum, the number of early help "
                    + "assessments or similar, completed in the last 12 months and the number currently receiving a "
                    + "service through a team around the family (TAF)"),
            new Document("2.02", HELP_AND_PROTECTION, "Information about children missing from home or care, children "
                    + "suffering or at risk of sexual exploitation and the services these groups of children receive. "
                    + "This should include:", List.of(
                            "the unique ID and dates of birth (where available) for children who have been missing or "
                                    + "at risk of sexual exploitation within the last 12 months. This should indicate "
                                    + "the current status of these children (care leaver, looked after child, child "
                                    + "protection, child in need or not receiving a statutory service) and highlight "
                                    + "those that are both missing and at risk of sexual exploitation",
                            "any child sexual exploitation or missing strategies and associated action plans",
                            "any workflow documents/flowcharts that will assist inspectors to understand work done to "
                                    + "reduce the risks to children from sexual exploitation and going missing is "
                                    + "structured and delivered",
                            "the most recent performance management and quality assurance information used to "
                                    + "monitor and develop practice in these areas of work")),
            new Document("2.03", HELP_AND_PROTECTION, "A report on those children known to the local authority who "
                    + "are currently being privately fostered. This report should include, for each child:", List.of(
                            "child unique ID and the date of birth",
                            "date private fostering arrangement commenced")),
            doc("2.04", HELP_AND_PROTECTION, "The information the local authority uses to monitor the welfare of "
                    + "electively home educated children. In particular, those children who are electively home "
                    + "educated and are either on a child protection plan, education, health and care (EHC) plan or "
                    + "are a child in need."),
            new Document("2.05", HELP_AND_PROTECTION, "A report on children, for whom the local authority is "
                    + "responsible, who are of school age and who are not in receipt of full-time school education at "
                    + "the time of inspection. This report should include for each child:", List.of(
                            "child unique ID or UPN and the date of birth",
                            "type of educational provision that they are receiving, including home tuition",
                            "number of hours provision per week (in particular, whether they are receiving more or "
                                    + "less than 25 hours per week)",
                            "type of exclusion (if the child has been excluded)",
                            "date when alternative provision commenced")),
            doc("3.01", CHILDREN_IN_CARE, "The strategic plan for children in care, the corporate parenting "
                    + "strategy/plan and the last three sets of minutes from the meetings of the corporate parenting "
                    + "board"),
            doc("3.02", CHILDREN_IN_CARE, "The latest sufficiency strategy and any associated action or "
                    + "commissioning plans"),
            doc("3.03", CHILDREN_IN_CARE, "The arrangements for permanence planning and any associated strategy, "
                    + "action plan and management information used to monitor performance"),
            doc("3.04", CHILDREN_IN_CARE, "The most recent adoption and fostering panel reports to the local "
                    + "authority"),
            doc("3.05", CHILDREN_IN_CARE, "The local Child and Adolescent Mental Health Service (CAMHS) strategy, any "
                    + "associated action plan and recent, relevant management information, including length of "
                    + "waiting time, average length of help offered and any outcome information routinely collected"),
            doc("3.06", CHILDREN_IN_CARE, "The management report of the independent reviewing officer service"),
            doc("3.07", CHILDREN_IN_CARE, "The annual report of the headteacher of the virtual school"),
            doc("3.08", CHILDREN_IN_CARE, "The data the virtual school head and the local authority use to monitor "
                    + "the attainment, progress, attendance, exclusion, employment and training of children in care "
                    + "and care leavers"),
            doc("3.09", CHILDREN_IN_CARE, "Evidence of an appropriate focus on maintaining and improving the health "
                    + "of children looked after, including data on health (physical, psychological and emotional) "
                    + "assessments and dental checks"),
            doc("3.10", CHILDREN_IN_CARE, "The number of young people currently placed under secure accommodation "
                    + "welfare orders (section 25 of the Children Act 1989)"),
            doc("3.11", CHILDREN_IN_CARE, "Any care leavers strategy, associated action plan and relevant recent "
                    + "management information used to monitor and develop practice (to include ‘in-touch’ figures "
                    + "and information about the completion of Pathway plans)."),
            doc("3.12", CHILDREN_IN_CARE, "Information the local authority uses to track and manage cases in the "
                    + "public law outline (PLO)."));

    /**
     * 000 §266: besides the numbered documents, a list of the audits of the six months before the inspection or
     * visit, naming for each the child unique ID, the audit theme and when it was completed.
     */
    static final List<String> AUDIT_LIST_COLUMNS = List.of("child unique ID", "audit theme",
            "when the audit was completed");

    /** The documents as the platform reads them; ILACS asks for all of them whatever else runs. */
    static List<RequestedDocument> toSpi() {
        return ALL.stream().map(d -> new RequestedDocument(d.number(), d.section(), d.title(), SOURCE)).toList();
    }

    private AnnexADocuments() {
    }

    static Optional<Document> document(String number) {
        return ALL.stream().filter(d -> d.number().equals(number)).findFirst();
    }

    private static Document doc(String number, String section, String title) {
        return new Document(number, section, title, List.of());
    }
}
