package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ChildEntry;
import org.inspectra.api.quality.ChildRecord;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * Lists 3 to 10 take "only one row for each unique child ID where possible", about the most recent event ({@code 000
 * §260}); the import keeps further rows and this reports each after the child's first on the list.
 */
final class OneRowPerChild extends PlatformCheck {

    OneRowPerChild() {
        super("one-row-per-child", "A child is on more than one row of a list of one row per child", Severity.WARNING,
                "000 §260");
    }

    @Override
    public void child(CheckContext context, ChildRecord child, Findings findings) {
        List<ChildEntry> entries = child.entries();
        for (int i = 1; i < entries.size(); i++) {
            ChildEntry entry = entries.get(i);
            ChildEntry before = entries.get(i - 1);
            if (entry.list().onePerChild() && entry.list().id().equals(before.list().id())) {
                ChildEntry first = entries.stream().filter(e -> e.list().id().equals(entry.list().id())).findFirst()
                        .orElseThrow();
                findings.add(entry.list().id(), entry.row(), child.childId(), List.of("child-id"), "the child is "
                        + "already on row " + first.row() + "; " + entry.list().id() + " takes one row per child, about "
                        + "the most recent event");
            }
        }
    }
}
