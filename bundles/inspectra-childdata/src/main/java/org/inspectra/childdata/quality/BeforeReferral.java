package org.inspectra.childdata.quality;

import java.util.List;
import java.util.Set;

import org.inspectra.api.framework.Meanings;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ChildEntry;
import org.inspectra.api.quality.ChildRecord;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.Severity;

/**
 * Across a child's rows: an assessment or a section 47 enquiry follows the referral that led to it. Each list holds the
 * most recent event ({@code 000 §260}), so one starting before the child's most recent referral may follow an earlier
 * one, unless that referral led to no further action; worth asking, not wrong.
 */
final class BeforeReferral extends PlatformCheck {

    private static final Set<String> FOLLOWING = Set.of(Meanings.ASSESSMENT_START, Meanings.INITIAL_ASSESSMENT_START,
            Meanings.CORE_ASSESSMENT_START, Meanings.SECTION_47_START);

    BeforeReferral() {
        super("starts-before-referral", "An assessment or section 47 enquiry starts before the child's most recent "
                + "referral", Severity.WARNING, "000 §258, §260");
    }

    @Override
    public void child(CheckContext context, ChildRecord child, Findings findings) {
        if (child.entries().size() < 2) {
            return;
        }
        ChildEntry referral = null;
        int referred = Integer.MIN_VALUE;
        for (ChildEntry entry : child.entries()) {
            int day = ((Entry) entry).day(Meanings.REFERRAL);
            if (Entry.given(day) && day > referred && !"Y".equals(entry.value(Meanings.REFERRAL_NFA))) {
                referral = entry;
                referred = day;
            }
        }
        if (referral == null) {
            return;
        }
        for (ChildEntry entry : child.entries()) {
            if (entry == referral) {
                continue;
            }
            Entry facts = (Entry) entry;
            for (String meaning : FOLLOWING) {
                int day = facts.day(meaning);
                if (Entry.given(day) && day < referred) {
                    findings.add(entry.list().id(), entry.row(), child.childId(), List.of(facts.field(meaning)),
                            facts.field(meaning) + " (" + date(day) + ") is before the referral of " + date(referred)
                                    + " on " + referral.list().id() + " row " + referral.row());
                }
            }
        }
    }
}
