package org.inspectra.childdata.internal;

import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.framework.Meanings;

/** List specifications shaped like SIF's Annex A, Table 2 (004), for the tests. */
final class TestLists {

    static final FieldSpec CHILD_ID = new FieldSpec("child-id", "Child unique ID", FieldType.CHILD_ID, true,
            List.of(), List.of("Child ID", "Unique child ID"));

    /** One row per child, like lists 3-10 (000 §260). */
    static final ChildListSpec REFERRALS = new ChildListSpec("list-3", "Referrals", "004 Annex A, Table 2", true,
            List.of(CHILD_ID,
                    field("gender", "Gender", FieldType.TEXT).meaning(Meanings.GENDER),
                    field("date-of-birth", "Date of birth", FieldType.DATE).meaning(Meanings.BIRTH),
                    field("expected-date-of-birth", "If unborn: expected date of birth", FieldType.DATE)
                            .meaning(Meanings.EXPECTED_BIRTH),
                    field("age", "Age of child (years)", FieldType.INTEGER),
                    field("referral-nfa", "Referral NFA? (Y/N)", FieldType.FLAG),
                    new FieldSpec("eligibility-category", "Eligibility category (relevant/former relevant/qualifying/"
                            + "other)", FieldType.CODE, false, List.of("relevant", "former relevant", "qualifying",
                            "other"), List.of()),
                    field("name-of-provider", "Name of provider", FieldType.TEXT)));

    /** Any number of rows per child, like lists 1 and 2. */
    static final ChildListSpec CONTACTS = new ChildListSpec("list-1", "Contacts", "004 Annex A, Table 2", false,
            List.of(CHILD_ID, field("date-of-contact", "Date of contact", FieldType.DATE)
                    .meaning(Meanings.CONTACT)));

    private TestLists() {
    }

    private static FieldSpec field(String id, String title, FieldType type) {
        return new FieldSpec(id, title, type, false, List.of(), List.of());
    }
}
