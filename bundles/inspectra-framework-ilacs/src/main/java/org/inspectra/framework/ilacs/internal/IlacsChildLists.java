package org.inspectra.framework.ilacs.internal;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.Meanings;

/**
 * The child-level data lists of Annex A ({@code 000 §255-263}), titled as §258 lists them.
 *
 * <p>The seed outlines each list's cohort and leaves its columns to separate guidance published on gov.uk (§256),
 * aligned with the DfE's returns (§257). The fields the seed itself names lead each list: the child unique ID that
 * links the lists (§259, §260, §266), the number of brothers and sisters for list 8 (§262), and for list 11, whose rows
 * are adopters rather than children, the three ways an individual comes into it (§258 (a)-(c)). The columns of the
 * same list in the Annex A workbook authorities send follow, optional and typed ({@link AnnexAColumns},
 * {@code 004 Annex A, Table 2}); each list covers the period §258 gives it, counted back from the notification date.
 * No gender, ethnicity or other codes are listed in either seed, so those columns are text.
 */
final class IlacsChildLists {

    private static final String SOURCE = "000 §258";

    /** §259: "the consistent use of the child ID across the lists"; the seed names it in these three ways. */
    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Child unique ID", FieldType.CHILD_ID, true,
            List.of(), List.of("Unique child ID", "Child ID", "Unique ID"));

    /**
     * §262: "it would assist inspectors to have information about the number of brothers and sisters each child has";
     * the local authority may give it as an extra column of list 8 or on a separate sheet, so it is not required.
     */
    static final FieldSpec NUMBER_OF_BROTHERS_AND_SISTERS = new FieldSpec("number-of-brothers-and-sisters",
            "Number of brothers and sisters", FieldType.INTEGER, false, List.of(), List.of("Number of siblings"));

    static final List<ChildListSpec> ALL = List.of(
            list(1, "All those who have been the subject of a contact in the three months before inspection"),
            list(2, "All those who have been the subject of an early help assessment, a common assessment or a "
                    + "targeted intervention in the six months before inspection"),
            // §260: "For lists 3 to 10, please provide only one row for each unique child ID where possible.
            // Information should relate to the most recent event."
            list(3, "All those who have been the subject of a referral in the three months before inspection"),
            list(4, "All those who have been the subject of a statutory assessment in accordance with section 17 or "
                    + "section 47 of the Children Act 1989 in the six months before inspection"),
            list(5, "All those who have been the subject of a section 47 enquiry in the six months before inspection"),
            list(6, "All those in receipt of services as a child in need at the point of inspection. Include those "
                    + "who ceased to receive services as a child in need in the three months before inspection"),
            list(7, "All those who are the subject of a child protection plan at the point of inspection. Include "
                    + "those who ceased to be the subject of a child protection plan in the three months before "
                    + "inspection"),
            new ChildListSpec("list-8", "All those children in care as at the point of inspection. Include all those "
                    + "children who ceased to be looked after in the six months before inspection",
                    "000 §258, §260, §262; " + AnnexAColumns.SOURCE, true,
                    with(List.of(CHILD_ID, NUMBER_OF_BROTHERS_AND_SISTERS), 8), Meanings.LOOKED_AFTER,
                    AnnexAColumns.period(8)),
            list(9, "All those care leavers who are receiving leaving care services as at the point of inspection"),
            list(10, "All those children who have been adopted in the 12 months before inspection, those where the "
                    + "decision that the child should be placed for adoption has been made but they have not yet been "
                    + "adopted, and those who had an adoption decision which was subsequently reversed during the "
                    + "period"),
            // List 11 is of prospective and approved adopters, so it has no child unique ID and is not one row per
            // child; the seed names no identifier for them. Each row meets one or more of (a)-(c) ("and/or").
            new ChildListSpec("list-11", "All those individuals who in the last 12 months have had contact with the "
                    + "local authority adoption agency", SOURCE + "; " + AnnexAColumns.SOURCE, false, with(List.of(
                            new FieldSpec("enquiry-information-pack-and-interview", "Made an enquiry, received an "
                                    + "information pack and attended a follow up interview", FieldType.FLAG, false,
                                    List.of(), List.of()),
                            new FieldSpec("approved-or-rejected", "Had an enquiry or application in progress 12 "
                                    + "months ago and have subsequently been approved / rejected", FieldType.FLAG,
                                    false, List.of(), List.of()),
                            new FieldSpec("child-placed", "Had a child placed with them in the last 12 months",
                                    FieldType.FLAG, false, List.of(), List.of())), 11)));

    private IlacsChildLists() {
    }

    /**
     * Lists 1-10 carry the child unique ID, then Table 2's columns of the same list; §260 makes lists 3 to 10 one row
     * per child.
     */
    private static ChildListSpec list(int number, String title) {
        boolean onePerChild = number >= 3 && number <= 10;
        return new ChildListSpec("list-" + number, title, (onePerChild ? SOURCE + ", §260" : SOURCE) + "; "
                + AnnexAColumns.SOURCE, onePerChild, with(List.of(CHILD_ID), number),
                number == 9 ? Meanings.CARE_LEAVERS : null, AnnexAColumns.period(number));
    }

    private static List<FieldSpec> with(List<FieldSpec> named, int number) {
        List<FieldSpec> fields = new ArrayList<>(named);
        fields.addAll(AnnexAColumns.of(number));
        return fields;
    }
}
