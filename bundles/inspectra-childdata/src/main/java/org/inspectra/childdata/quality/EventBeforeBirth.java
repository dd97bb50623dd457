package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * No event before the child's date of birth. Lists 1-7 take unborn children ({@code 004 Annex A, Table 2}: "If
 * unborn: expected date of birth"), so a contact, referral, assessment or plan may come before birth on those lists,
 * though not by more than a pregnancy ({@link #PREGNANCY_DAYS}); on any other list nothing happens before birth.
 */
final class EventBeforeBirth extends PlatformCheck {

    /** 42 weeks: the longest a pregnancy runs. */
    static final int PREGNANCY_DAYS = 294;

    EventBeforeBirth() {
        super("event-before-birth", "A dated event is before the child's date of birth", Severity.ERROR,
                "004 Annex A, Table 2");
    }

    @Override
    void entry(CheckContext context, Entry entry, Findings findings) {
        int birth = entry.day(Meanings.BIRTH);
        if (!Entry.given(birth)) {
            return;
        }
        boolean takesUnborn = entry.layout().takesUnborn();
        int earliest = takesUnborn ? birth - PREGNANCY_DAYS : birth;
        FieldSpec[] dates = entry.layout().dates();
        for (int i = 0; i < dates.length; i++) {
            int day = entry.day(i);
            String meaning = dates[i].meaning();
            if (Entry.given(day) && day < earliest && !meaning.equals(Meanings.BIRTH)
                    && !meaning.equals(Meanings.EXPECTED_BIRTH)) {
                String field = dates[i].id();
                findings.add(entry.list().id(), entry.row(), entry.childId(), List.of(field,
                        entry.field(Meanings.BIRTH)), () -> field + " is " + date(day) + ", before the date of birth "
                        + date(birth) + (takesUnborn ? " by more than a pregnancy" : ""));
            }
        }
    }
}
