package org.inspectra.framework.ilacs.internal;

import java.util.List;

/**
 * How inspectors choose the children whose experiences they evaluate ({@code 000 §150-154}, §267); §150's factors
 * drive {@link CohortSelection} (API.md, Child-level data and selection).
 */
final class SelectionFactors {

    /**
     * One factor of §150.
     *
     * @param id          kebab-case id
     * @param text        as the seed words it
     * @param mustInclude whether the seed requires such children in the cohort, not only a balance
     * @param reason      the factor in a few words, for the reason a child is proposed
     */
    record Factor(String id, String text, boolean mustInclude, String reason) {
    }

    static final String SOURCE = "000 §150";

    /** §150: "they will take into account the factors set out below". */
    static final List<Factor> FACTORS = List.of(
            new Factor("age-gender-disability-ethnicity", "age, gender, disability and ethnicity", false,
                    "balances age, gender, disability and ethnicity"),
            // "These children must be part of the cohort of children whose experiences inspectors evaluate."
            new Factor("abuse-exploitation-missing", "children at risk of harm from physical, emotional and sexual "
                    + "abuse and neglect. Inspectors will also want to identify those children and young people who "
                    + "the local authority is concerned may be vulnerable to sexual and other forms of exploitation "
                    + "and those children and young people who have been missing from care, home and education. These "
                    + "children must be part of the cohort of children whose experiences inspectors evaluate", true,
                    "missing, or at risk of abuse or exploitation: must be in the cohort"),
            new Factor("educational-achievement", "educational achievement and ability", false,
                    "educational achievement"),
            new Factor("type-of-placement", "type of placement, including out-of-area placements, kinship care or "
                    + "’connected person’ arrangement and children placed at home and subject to a care order", false,
                    "placement type"),
            // "at least one": list 8's number of brothers and sisters (§262) serves this factor.
            new Factor("large-sibling-group", "at least one child from a large sibling group", true,
                    "from a large sibling group"),
            new Factor("delegated-provider", "children and young people supported by a third party provider "
                    + "operating with social services functions delegated to it by the local authority", false,
                    "supported by a delegated provider"));

    /**
     * §151: the lead inspector also takes into account lines of enquiry and children identified through the sample
     * information.
     */
    static final String LEAD_INSPECTOR_ALSO = "particular children and young people who are identified through the "
            + "sample information, such as children who appear to have experienced significant delay";

    /** §153: "inspectors will test the following thresholds". */
    static final List<String> THRESHOLDS = List.of(
            "early help – including early help assessments",
            "referral and assessment",
            "children in need",
            "child protection (for investigation and for a plan)",
            "continuing help and support for families",
            "the decision to accommodate",
            "the decision to remove",
            "permanence planning",
            "matching and placement decisions, including work to support return home",
            "leaving care");

    /**
     * §154 and its footnote 25: judgements rest on contemporary practice, "usually not longer than six months prior to
     * the inspection".
     */
    static final int CONTEMPORARY_PRACTICE_MONTHS = 6;

    /**
     * §267: before fieldwork the lead inspector identifies "six to 12 cases the local authority has already audited".
     */
    static final CountRange AUDITED_CASES = new CountRange(6, 12);

    /** §266 and Annex A item 1.06: audits of the six months before the inspection or visit. */
    static final int AUDITS_FROM_MONTHS = 6;

    private SelectionFactors() {
    }
}
