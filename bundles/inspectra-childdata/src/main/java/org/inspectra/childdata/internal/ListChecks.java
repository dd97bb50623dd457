package org.inspectra.childdata.internal;

import java.time.Clock;

import org.inspectra.api.childdata.QualitySummary;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.Severity;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.childdata.quality.QualityRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The data-quality rules over an inspection's stored lists: after an upload, and on demand. */
final class ListChecks {

    private static final Logger LOG = LoggerFactory.getLogger(ListChecks.class);

    private final PinnedLists pinned;
    private final ChildListStore store;
    private final Clock clock;

    ListChecks(PinnedLists pinned, ChildListStore store, Clock clock) {
        this.pinned = pinned;
        this.store = store;
        this.clock = clock;
    }

    /** A run of the inspection's rules, counting or keeping findings. */
    QualityRun start(Inspection inspection, boolean keep) {
        return new QualityRun(PinnedLists.context(inspection), pinned.lists(inspection), pinned.checks(inspection),
                keep);
    }

    /**
     * The rules' counts across the lists once an upload is stored: its rows went through the run as they were read,
     * the other lists are read now. A failure here loses the counts, never the upload.
     */
    QualitySummary afterUpload(Inspection inspection, ChildListSpec uploaded, QualityRun run) {
        try {
            for (ChildListSpec other : pinned.lists(inspection)) {
                if (!other.id().equals(uploaded.id())) {
                    store.forEachRow(inspection.id(), other.id(), row -> run.accept(other.id(), row));
                }
            }
            DataQualityReport report = run.finish(clock.instant());
            return new QualitySummary(report.checkedAt(), report.count(Severity.ERROR),
                    report.count(Severity.WARNING));
        } catch (RuntimeException e) {
            LOG.error("Inspection {}: the data-quality rules could not run after the upload of {}", inspection.id(),
                    uploaded.id(), e);
            return null;
        }
    }

    /** Every row of every list of the inspection through one run, findings kept. */
    DataQualityReport all(Inspection inspection) {
        QualityRun run = start(inspection, true);
        for (ChildListSpec list : pinned.lists(inspection)) {
            store.forEachRow(inspection.id(), list.id(), row -> run.accept(list.id(), row));
        }
        return run.finish(clock.instant());
    }
}
