package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * Events of one row in the order they must happen: each pair's later event on or after its earlier one. One class,
 * several rules (an episode that ends before it starts, a placement before the child became looked after, …).
 */
final class EventOrder extends PlatformCheck {

    /** The earlier event and the one that cannot come before it. */
    record Pair(String earlier, String later) {
    }

    private final List<Pair> pairs;
    private final String relation;

    EventOrder(String code, String title, Severity severity, String source, String relation, List<Pair> pairs) {
        super(code, title, severity, source);
        this.relation = relation;
        this.pairs = List.copyOf(pairs);
    }

    @Override
    void entry(CheckContext context, Entry entry, Findings findings) {
        for (Pair pair : pairs) {
            int earlier = entry.day(pair.earlier());
            int later = entry.day(pair.later());
            if (Entry.given(earlier) && Entry.given(later) && later < earlier) {
                String first = entry.field(pair.earlier());
                String second = entry.field(pair.later());
                findings.add(entry.list().id(), entry.row(), entry.childId(), List.of(first, second), () -> second
                        + " (" + date(later) + ") is before " + first + " (" + date(earlier) + "): " + relation);
            }
        }
    }
}
