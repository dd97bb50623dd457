package org.inspectra.theme.csemissing.internal;

import java.util.List;

import org.inspectra.api.theme.InformationItem;

/**
 * The theme's information request. {@code 003} Annex A leaves it to the theme's guidance; ILACS asks the same of
 * these children in its Annex A, items 2.02 (missing and sexual exploitation) and 2.05 (children of school age not in
 * full-time education), so the items are taken from there, word for word.
 */
final class CseMissingRequest {

    private static final String ITEM_2_02 = "000 §258 (Annex A 2.02)";

    static final List<InformationItem> ALL = List.of(
            new InformationItem("missing-and-cse-children", "The unique ID and dates of birth (where available) for "
                    + "children who have been missing or at risk of sexual exploitation within the last 12 months",
                    ITEM_2_02),
            new InformationItem("strategies-and-action-plans", "Any child sexual exploitation or missing strategies "
                    + "and associated action plans", ITEM_2_02),
            new InformationItem("workflow-documents", "Any workflow documents/flowcharts that will assist inspectors "
                    + "to understand work done to reduce the risks to children from sexual exploitation and going "
                    + "missing is structured and delivered", ITEM_2_02),
            new InformationItem("performance-and-quality-assurance", "The most recent performance management and "
                    + "quality assurance information used to monitor and develop practice in these areas of work",
                    ITEM_2_02),
            new InformationItem("children-not-in-full-time-education", "A report on children, for whom the local "
                    + "authority is responsible, who are of school age and who are not in receipt of full-time school "
                    + "education at the time of inspection", "000 §258 (Annex A 2.05)"));

    private CseMissingRequest() {
    }
}
