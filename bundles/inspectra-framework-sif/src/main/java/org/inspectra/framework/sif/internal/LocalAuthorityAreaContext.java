package org.inspectra.framework.sif.internal;

import java.util.List;

import org.inspectra.api.framework.ContextItem;

/**
 * The context section every SIF report carries, "information about this local authority area" (Annex A,
 * "Information about the local authority area"): what facts it holds, as the seed's template sentences with their
 * placeholders (XXX, XX%, MONTH YEAR, MMM/YYYY, INSERT DATE). Ofsted pre-populates it, the local authority may offer
 * more recent local information, and the lead inspector decides whether and what updates to include; its content must
 * be referenced in the body of the report where it helps understand the findings, and outliers explained. The
 * platform reads it through {@link SifFramework#areaContext()}; the lead inspector writes each statement.
 */
final class LocalAuthorityAreaContext {

    /**
     * One fact of the section.
     *
     * @param id                    kebab-case id
     * @param heading               the group it is printed under
     * @param template              the sentence with its placeholders
     * @param parts                 the sub-items printed under it, if any
     * @param deleteIfNotApplicable marked "(Delete if n/a)"
     */
    record Item(String id, String heading, String template, List<String> parts, boolean deleteIfNotApplicable) {
        Item {
            parts = List.copyOf(parts);
        }
    }

    static final String SOURCE = "004 Annex A, Information about the local authority area";

    static final String PREVIOUS_INSPECTIONS = "Previous Ofsted inspections";
    static final String LOCAL_LEADERSHIP = "Local leadership";
    static final String CHILDREN_LIVING_HERE = "Children living in this area";
    static final String CHILD_PROTECTION = "Child protection in this area";
    static final String LOOKED_AFTER = "Children looked after in this area";

    /** The headings in the seed's order. */
    static final List<String> HEADINGS = List.of(PREVIOUS_INSPECTIONS, LOCAL_LEADERSHIP, CHILDREN_LIVING_HERE,
            CHILD_PROTECTION, LOOKED_AFTER);

    private static final String IN_SCHOOLS_PRIMARY = "in primary schools is XX% (the national average is XX%)";
    private static final String IN_SCHOOLS_SECONDARY = "in secondary schools is XX% (the national average is XX%)";

    static final List<Item> ALL = List.of(
            item("childrens-homes", PREVIOUS_INSPECTIONS, "The local authority operates XXX children's homes. XXX "
                    + "were judged to be good or outstanding in their most recent Ofsted inspection."),
            item("previous-protection-inspection", PREVIOUS_INSPECTIONS, "The previous inspection of the local "
                    + "authority's safeguarding arrangements / arrangements for the protection of children was in "
                    + "MONTH YEAR. The local authority was judged to be XXX."),
            item("previous-looked-after-inspection", PREVIOUS_INSPECTIONS, "The previous inspection of the local "
                    + "authority's services for looked after children was in MONTH YEAR. The local authority was "
                    + "judged to be XXX."),
            item("dcs-in-post-since", LOCAL_LEADERSHIP,
                    "The Director of Children's Services has been in post since MMM/YYYY."),
            item("lscb-chair-in-post-since", LOCAL_LEADERSHIP,
                    "The chair of the LSCB has been in post since MMM/YYYY."),
            ifApplicable("lscb-shared", LOCAL_LEADERSHIP, "The LSCB is shared with insert name of relevant LAs."),
            ifApplicable("functions-delegated", LOCAL_LEADERSHIP,
                    "The local authority has delegated these functions to a social work provider:"),
            item("children-population", CHILDREN_LIVING_HERE, "Approximately XXXX children and young people under the "
                    + "age of 18 years live in XXXX. This is XX% of the total population in the area."),
            item("children-in-poverty", CHILDREN_LIVING_HERE,
                    "Approximately XX% of the local authority's children are living in poverty."),
            new Item("free-school-meals", CHILDREN_LIVING_HERE,
                    "The proportion of children entitled to free school meals:",
                    List.of(IN_SCHOOLS_PRIMARY, IN_SCHOOLS_SECONDARY), false),
            item("minority-ethnic-children", CHILDREN_LIVING_HERE, "Children and young people from minority ethnic "
                    + "groups account for XX% of all children living in the area, compared with XX% in the country as "
                    + "a whole."),
            item("largest-minority-ethnic-groups", CHILDREN_LIVING_HERE, "The largest minority ethnic groups of "
                    + "children and young people in the area are XXXX and XXXX."),
            new Item("english-additional-language", CHILDREN_LIVING_HERE,
                    "The proportion of children and young people with English as an additional language:",
                    List.of(IN_SCHOOLS_PRIMARY + ".", IN_SCHOOLS_SECONDARY + "."), false),
            item("additional-context", CHILDREN_LIVING_HERE, "Additional contextual statement (example): A large "
                    + "Traveller and Eastern European population seeks seasonal work in the agricultural parts of the "
                    + "county, but is not resident."),
            item("children-in-need", CHILD_PROTECTION, "At INSERT DATE, XXX children had been identified through "
                    + "assessment as being formally in need of a specialist children's service. This is a "
                    + "reduction/increase from XXX at INSERT DATE."),
            item("child-protection-plans", CHILD_PROTECTION, "At INSERT DATE, XXX children and young people were the "
                    + "subject of a child protection plan. This is a reduction/increase from XXX at INSERT DATE."),
            item("private-fostering", CHILD_PROTECTION, "At INSERT DATE, XXX children lived in a privately arranged "
                    + "fostering placement. This is a reduction/increase from XXX at INSERT DATE."),
            item("serious-incidents-and-reviews", CHILD_PROTECTION, "Since the last inspection, XXX serious incident "
                    + "notifications have been submitted to Ofsted and XXX serious case reviews have been completed or "
                    + "are ongoing at the time of the inspection."),
            new Item("children-looked-after", LOOKED_AFTER, "At INSERT DATE, XXX children are being looked after by "
                    + "the local authority (a rate of XXX per 10,000 children). This is a reduction/increase from XXX "
                    + "(XXX per 10,000 children) at INSERT DATE.", List.of(
                            "Of this number, XX (or XX%) live outside the local authority area",
                            "XX live in residential children's homes, of whom XX% live out of the authority area",
                            // footnote 36 on "residential special schools" is left out
                            "XX live in residential special schools, of whom XX% live out of the authority area",
                            "XX live with foster families, of whom XX% live out of the authority area",
                            "XX live with parents, of whom XX% live out of the authority area",
                            "XX children are unaccompanied asylum-seeking children."), false),
            new Item("last-12-months", LOOKED_AFTER, "In the last 12 months:", List.of(
                    "there have been XXX adoptions",
                    "XXX children became subject of special guardianship orders",
                    "XXX children ceased to be looked after, of whom XX% subsequently returned to be looked after",
                    "XXX children and young people ceased to be looked after and moved on to independent living",
                    "XXX children and young people ceased to be looked after and are now living in houses of multiple "
                            + "occupation."), false));

    private LocalAuthorityAreaContext() {
    }

    /** The facts as the platform reads them. */
    static List<ContextItem> toSpi() {
        return ALL.stream().map(i -> new ContextItem(i.id(), i.heading(), i.template(), i.parts(),
                i.deleteIfNotApplicable(), SOURCE)).toList();
    }

    private static Item item(String id, String heading, String template) {
        return new Item(id, heading, template, List.of(), false);
    }

    private static Item ifApplicable(String id, String heading, String template) {
        return new Item(id, heading, template, List.of(), true);
    }
}
