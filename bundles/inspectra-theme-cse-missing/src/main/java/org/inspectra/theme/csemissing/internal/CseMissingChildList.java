package org.inspectra.theme.csemissing.internal;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.Meanings;

/**
 * The deep-dive list: the children the DCS sends by the end of day 0 ({@code 003 §19}) and from which the lead
 * inspector selects 20 on day 1 (§21). Its columns are those ILACS asks of the same children ({@code 000} Annex A
 * item 2.02): "the unique ID and dates of birth (where available) for children who have been missing or at risk of
 * sexual exploitation within the last 12 months", "the current status of these children (care leaver, looked after
 * child, child protection, child in need or not receiving a statutory service)", and a flag for each of the two
 * risks, so those "both missing and at risk of sexual exploitation" stand out. A child may be on the list once.
 */
final class CseMissingChildList {

    static final String ID = "cse-missing-children";

    /** {@code 003 §19}: "Unique identification numbers, rather than full names"; aliases as the ILACS lists use. */
    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Unique identification number", FieldType.CHILD_ID,
            true, List.of(), List.of("Child unique ID", "Unique ID", "Child ID"));

    /** The child's birth, which the platform's data-quality checks and the child's chronology read. */
    static final FieldSpec DATE_OF_BIRTH = new FieldSpec("date-of-birth", "Date of birth", FieldType.DATE, false,
            List.of(), List.of("DOB"), Meanings.BIRTH);

    static final List<String> STATUSES = List.of("care-leaver", "looked-after-child", "child-protection",
            "child-in-need", "no-statutory-service");

    static final FieldSpec CURRENT_STATUS = new FieldSpec("current-status", "Current status", FieldType.CODE, true,
            STATUSES, List.of("Status"));

    static final FieldSpec MISSING = new FieldSpec("missing", "Missing within the last 12 months", FieldType.FLAG,
            true, List.of(), List.of("Missing"));

    static final FieldSpec AT_RISK_OF_CSE = new FieldSpec("at-risk-of-sexual-exploitation",
            "At risk of sexual exploitation within the last 12 months", FieldType.FLAG, true, List.of(),
            List.of("At risk of CSE", "CSE risk"));

    static final ChildListSpec LIST = new ChildListSpec(ID, "Children who have been missing or at risk of sexual "
            + "exploitation within the last 12 months", "003 §19; 000 §258 (Annex A 2.02)", true,
            List.of(CHILD_ID, DATE_OF_BIRTH, CURRENT_STATUS, MISSING, AT_RISK_OF_CSE));

    private CseMissingChildList() {
    }
}
