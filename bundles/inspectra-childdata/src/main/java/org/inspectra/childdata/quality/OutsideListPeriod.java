package org.inspectra.childdata.quality;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.ListPeriod;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * Each list's period ({@code 000 §258}; SIF's {@code 004 Annex A, Table 1}): counted back from the notification date,
 * the event that puts a child on the list falls in it (the latest of the list's qualifying events, where the row
 * gives any), or, for lists of children at the point of inspection, an episode's end falls in it where the row gives
 * one. Events after the notification date are the rule {@link EventAfterNotification}'s.
 */
final class OutsideListPeriod extends PlatformCheck {

    OutsideListPeriod() {
        super("outside-list-period", "The event that puts the child on the list is before the list's period",
                Severity.WARNING, "000 §258; 004 Annex A, Table 1");
    }

    @Override
    void entry(CheckContext context, Entry entry, Findings findings) {
        ListPeriod period = entry.list().period();
        if (period == null) {
            return;
        }
        int start = entry.layout().periodStart();
        int latest = Integer.MIN_VALUE;
        for (String event : period.events()) {
            int day = entry.day(event);
            if (!Entry.given(day)) {
                continue;
            }
            if (period.kind() == ListPeriod.Kind.EVENT_WITHIN) {
                latest = Math.max(latest, day);
            } else if (day < start) {
                findings.add(entry.list().id(), entry.row(), entry.childId(), List.of(entry.field(event)),
                        () -> "ended " + date(day) + ", before the " + period.months() + " months the list covers ("
                                + period.source() + ": from " + date(start) + ")");
            }
        }
        if (period.kind() == ListPeriod.Kind.EVENT_WITHIN && Entry.given(latest) && latest < start) {
            List<String> fields = new ArrayList<>();
            for (String event : period.events()) {
                if (Entry.given(entry.day(event))) {
                    fields.add(entry.field(event));
                }
            }
            int last = latest;
            findings.add(entry.list().id(), entry.row(), entry.childId(), fields, () -> "the latest of "
                    + String.join(", ", fields) + " is " + date(last) + ", before the " + period.months()
                    + " months the list covers (" + period.source() + ": from " + date(start) + ")");
        }
    }

    /** The qualifying fields of a list, for the documentation of a list's period. */
    static List<String> fields(List<FieldSpec> fields, ListPeriod period) {
        return fields.stream().filter(f -> period.events().contains(f.meaning())).map(FieldSpec::id).toList();
    }
}
