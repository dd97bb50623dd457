package org.inspectra.childdata.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ChildEntry;
import org.inspectra.api.quality.ChildRecord;
import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.Findings;
import org.inspectra.api.quality.QualityFinding;
import org.inspectra.api.quality.RuleCount;

/**
 * One run of the rules over an inspection's lists, fed every accepted row once, in any order of lists: each row is
 * checked as it comes (the platform's checks on its meanings, a framework's on its values) and folded into its
 * child's entries; {@link #finish} then checks each child across the lists. Memory holds each row's meanings only
 * (a few day numbers and shared strings), so the largest authority's lists fit the import's own heap.
 *
 * <p>A summary run counts findings without keeping them.
 */
public final class QualityRun {

    private final CheckContext context;
    private final Map<String, ListLayout> layouts = new HashMap<>();
    private final List<ConsistencyCheck> checks;
    private final long[] counts;
    private final Findings[] sinks;
    private final boolean keep;
    private final List<QualityFinding> findings = new ArrayList<>();
    /** Each child's entries: one {@link Entry}, or a list of them for a child on several rows. */
    private final Map<String, Object> children = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();

    /**
     * @param lists  the inspection's lists, in the framework's order
     * @param checks the rules to run: the platform's, then the framework's; codes must be distinct
     * @param keep   whether to keep the findings, or only count them
     */
    public QualityRun(CheckContext context, List<ChildListSpec> lists, List<ConsistencyCheck> checks, boolean keep) {
        this.context = context;
        for (int i = 0; i < lists.size(); i++) {
            layouts.put(lists.get(i).id(), new ListLayout(i, lists.get(i), context.notifiedOn()));
        }
        this.checks = List.copyOf(checks);
        this.counts = new long[checks.size()];
        this.sinks = new Findings[checks.size()];
        this.keep = keep;
        for (int i = 0; i < sinks.length; i++) {
            int rule = i;
            String code = checks.get(i).rule().code();
            sinks[i] = new Findings() {
                @Override
                public void add(String listId, long row, String childId, List<String> fields, String message) {
                    counts[rule]++;
                    if (keep) {
                        findings.add(new QualityFinding(code, listId, row, childId, fields, message));
                    }
                }

                /** A summary counts the finding without making its message. */
                @Override
                public void add(String listId, long row, String childId, List<String> fields,
                                java.util.function.Supplier<String> message) {
                    counts[rule]++;
                    if (keep) {
                        findings.add(new QualityFinding(code, listId, row, childId, fields, message.get()));
                    }
                }
            };
        }
    }

    /** Checks one accepted row of one of the inspection's lists and keeps its meanings for the checks across lists. */
    public void accept(String listId, ChildRow row) {
        ListLayout layout = layouts.get(listId);
        if (layout == null) {
            return;
        }
        Entry entry = Entry.of(layout, row, interned);
        for (int i = 0; i < checks.size(); i++) {
            ConsistencyCheck check = checks.get(i);
            if (check instanceof PlatformCheck platform) {
                platform.entry(context, entry, sinks[i]);
            } else {
                check.row(context, layout.spec(), row, sinks[i]);
            }
        }
        if (row.childId() != null) {
            children.merge(row.childId(), entry, QualityRun::join);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object join(Object held, Object added) {
        List<Entry> entries;
        if (held instanceof Entry single) {
            entries = new ArrayList<>(2);
            entries.add(single);
        } else {
            entries = (List<Entry>) held;
        }
        entries.add((Entry) added);
        return entries;
    }

    /** Checks every child across the lists and answers the report, findings in list, row and rule order. */
    @SuppressWarnings("unchecked")
    public DataQualityReport finish(Instant checkedAt) {
        Comparator<ChildEntry> byList = Comparator.comparingInt((ChildEntry e) -> ((Entry) e).layout().order())
                .thenComparingLong(ChildEntry::row);
        children.forEach((childId, held) -> {
            List<ChildEntry> entries = held instanceof Entry single ? List.of(single)
                    : ((List<Entry>) held).stream().map(ChildEntry.class::cast).sorted(byList).toList();
            ChildRecord child = new Child(childId, entries);
            for (int i = 0; i < checks.size(); i++) {
                checks.get(i).child(context, child, sinks[i]);
            }
        });
        Map<String, Integer> order = new LinkedHashMap<>();
        layouts.forEach((id, layout) -> order.put(id, layout.order()));
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            ruleOrder.put(checks.get(i).rule().code(), i);
        }
        findings.sort(Comparator.comparingInt((QualityFinding f) -> order.getOrDefault(f.listId(), Integer.MAX_VALUE))
                .thenComparingLong(QualityFinding::row)
                .thenComparingInt(f -> ruleOrder.get(f.code())));
        List<RuleCount> rules = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            rules.add(RuleCount.of(checks.get(i).rule(), counts[i]));
        }
        return new DataQualityReport(checkedAt, rules, keep ? findings : List.of());
    }

    private record Child(String childId, List<ChildEntry> entries) implements ChildRecord {
    }
}
