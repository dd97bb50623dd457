package org.inspectra.childdata.quality;

import java.util.List;

import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ChildEntry;
import org.inspectra.api.quality.ChildRecord;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * A child looked after at the point of inspection (a row of the looked after list with no date ceased) who is also a
 * care leaver receiving leaving care services at that point (the care leavers' list, or a row flagged a care leaver):
 * {@code 000 §258} lists 8 and 9 are of children in care and of care leavers, one or the other.
 */
final class LookedAfterAndCareLeaver extends PlatformCheck {

    LookedAfterAndCareLeaver() {
        super("looked-after-and-care-leaver", "A child is looked after and a care leaver at once", Severity.ERROR,
                "000 §258");
    }

    @Override
    public void child(CheckContext context, ChildRecord child, Findings findings) {
        List<ChildEntry> entries = child.entries();
        if (entries.size() < 2) {
            return;
        }
        ChildEntry lookedAfter = entries.stream().filter(LookedAfterAndCareLeaver::lookedAfterNow).findFirst()
                .orElse(null);
        if (lookedAfter == null) {
            return;
        }
        for (ChildEntry entry : entries) {
            if (entry != lookedAfter && careLeaver(entry)) {
                findings.add(entry.list().id(), entry.row(), child.childId(), List.of("child-id"), "the child is a care "
                        + "leaver here and looked after on " + lookedAfter.list().id() + " row " + lookedAfter.row()
                        + ", with no date ceased");
            }
        }
    }

    private static boolean lookedAfterNow(ChildEntry entry) {
        return Meanings.LOOKED_AFTER.equals(entry.list().cohort()) && entry.date(Meanings.CEASED_LOOKED_AFTER) == null;
    }

    private static boolean careLeaver(ChildEntry entry) {
        return Meanings.CARE_LEAVERS.equals(entry.list().cohort()) || "Y".equals(entry.value(Meanings.CARE_LEAVER));
    }
}
