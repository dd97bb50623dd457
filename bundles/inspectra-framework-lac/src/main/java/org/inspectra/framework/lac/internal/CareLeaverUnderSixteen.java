package org.inspectra.framework.lac.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.QualityRule;
import org.inspectra.api.quality.Severity;

/**
 * This framework's own data-quality rule, beside the platform's: its one list mixes looked after children and care
 * leavers (002 §30-31, told apart by the list's care leaver flag), and a row flagged a care leaver whose date of birth
 * makes the young person under 16 at notification is likely a looked after child flagged by mistake, which would put
 * the wrong child among the care leavers §30 asks inspectors to select. The seed gives no age, so the rule cites none;
 * 16 is the age from which a young person leaving care is supported.
 */
final class CareLeaverUnderSixteen implements ConsistencyCheck {

    static final int CARE_LEAVER_FROM = 16;

    private static final QualityRule RULE = new QualityRule("lac-care-leaver-under-16", "A row flagged a care "
            + "leaver is of a child under 16", Severity.WARNING, null);

    @Override
    public QualityRule rule() {
        return RULE;
    }

    @Override
    public void row(CheckContext context, ChildListSpec list, ChildRow row, Findings findings) {
        if (!list.id().equals(LacChildLists.LOOKED_AFTER_CHILDREN) || !"Y".equals(row.value("care-leaver"))) {
            return;
        }
        LocalDate born = date(row.value("date-of-birth"));
        if (born != null && Period.between(born, context.notifiedOn()).getYears() < CARE_LEAVER_FROM) {
            findings.add(list.id(), row.row(), row.childId(), List.of("care-leaver", "date-of-birth"),
                    "flagged a care leaver but under " + CARE_LEAVER_FROM + " at the notification date");
        }
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
