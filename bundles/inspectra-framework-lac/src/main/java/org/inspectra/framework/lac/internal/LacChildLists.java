package org.inspectra.framework.lac.internal;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.Meanings;

/**
 * The one child-level list of the looked after children inspection: all looked after children and young people and
 * care leavers ({@code 002 §31}), with the information of §32 "as recorded on the integrated children's system" and
 * the current placement in the categories of §33.
 *
 * <p>§31 also asks for "any unallocated looked after or care leavers cases or cases awaiting transfer to another
 * team". Those are a subset of the first list, so they are carried as a flag on it rather than as a second list of
 * the same children. The list mixes two cohorts and §30 counts care leavers among the cases selected, so a care
 * leaver flag says which is which; §32 does not name that column, so it is not required.
 *
 * <p>The list covers no period: §31 asks for every child looked after and care leaver as the inspection begins, so
 * its rows carry no period for the data-quality checks (only the events after notification or before birth).
 *
 * <p>The seed gives codes only for the placement; gender, ethnicity and legal status are text. No column names a
 * child: the child's unique identifier is the key (§32), and the platform keeps no names (DOMAIN.md, evidence).
 */
final class LacChildLists {

    static final String LOOKED_AFTER_CHILDREN = "looked-after-children";

    /**
     * §33, in the seed's order. The last category reads "other – please specify": its code is "other" and the
     * specification goes in {@link #PLACEMENT_OTHER_DETAILS}.
     */
    static final List<String> PLACEMENT_CATEGORIES = List.of(
            "placement with parent(s)",
            "placement with relatives/friends",
            "foster placement with relatives/friends",
            "foster placement",
            "placement with adopters",
            "residential placement (children's home)",
            "specialist residential placement (therapeutic)",
            "specialist residential placement (residential school)",
            "specialist residential placement (health, including child and adolescent mental health services)",
            "secure accommodation",
            "supported lodgings",
            "out-of-authority placements",
            "other");

    /** §32 "child's unique identifier"; the aliases are the headings the ILACS lists use for the same key. */
    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Child's unique identifier", FieldType.CHILD_ID, true,
            List.of(), List.of("Child unique ID", "Unique ID", "Child ID"));

    /** §33: "the current placement using the categories". */
    static final FieldSpec PLACEMENT = new FieldSpec("current-placement", "Current placement", FieldType.CODE, true,
            PLACEMENT_CATEGORIES, List.of());

    static final FieldSpec PLACEMENT_OTHER_DETAILS = new FieldSpec("current-placement-other",
            "Current placement: other – please specify", FieldType.TEXT, false, List.of(), List.of());

    static final ChildListSpec LIST = new ChildListSpec(LOOKED_AFTER_CHILDREN,
            "All looked after children and young people and care leavers, including those in external placements",
            "002 §31-33", true, List.of(
                    CHILD_ID,
                    new FieldSpec("date-of-initial-referral", "Date of initial referral", FieldType.DATE, true,
                            List.of(), List.of(), Meanings.REFERRAL),
                    new FieldSpec("date-of-birth", "Date of birth", FieldType.DATE, true, List.of(), List.of(),
                            Meanings.BIRTH),
                    new FieldSpec("gender", "Gender", FieldType.TEXT, true, List.of(), List.of(), Meanings.GENDER),
                    new FieldSpec("ethnicity", "Ethnicity", FieldType.TEXT, true, List.of(), List.of()),
                    new FieldSpec("legal-status", "Legal status", FieldType.TEXT, true, List.of(), List.of()),
                    // "details of any disability": blank where there is none.
                    new FieldSpec("disability", "Details of any disability", FieldType.TEXT, false, List.of(),
                            List.of()),
                    PLACEMENT,
                    PLACEMENT_OTHER_DETAILS,
                    // §30-31: which cohort the row is in, and the unallocated cases of §31's second bullet.
                    new FieldSpec("care-leaver", "Care leaver", FieldType.FLAG, false, List.of(), List.of(),
                            Meanings.CARE_LEAVER),
                    new FieldSpec("unallocated-or-awaiting-transfer",
                            "Unallocated case or case awaiting transfer to another team", FieldType.FLAG, false,
                            List.of(), List.of())));

    static final List<ChildListSpec> ALL = List.of(LIST);

    private LacChildLists() {
    }
}
