package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * No dated event after the notification date: the lists are of what happened before the inspection ({@code 000
 * §258}); lists drawn up a few days later may hold a later event, so this is worth asking about rather than wrong. An
 * unborn child's expected date of birth is no event.
 */
final class EventAfterNotification extends PlatformCheck {

    EventAfterNotification() {
        super("event-after-notification", "A dated event is after the notification date", Severity.WARNING,
                "000 §258");
    }

    @Override
    void entry(CheckContext context, Entry entry, Findings findings) {
        int notified = entry.layout().notified();
        FieldSpec[] dates = entry.layout().dates();
        for (int i = 0; i < dates.length; i++) {
            int day = entry.day(i);
            if (Entry.given(day) && day > notified && !Meanings.EXPECTED_BIRTH.equals(dates[i].meaning())) {
                String field = dates[i].id();
                findings.add(entry.list().id(), entry.row(), entry.childId(), List.of(field), () -> field + " is "
                        + date(day) + ", after the notification date " + context.notifiedOn());
            }
        }
    }
}
