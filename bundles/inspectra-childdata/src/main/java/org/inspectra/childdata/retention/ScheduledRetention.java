package org.inspectra.childdata.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.retention.RetentionDue;
import org.inspectra.api.retention.RetentionService;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.store.ChildListStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the rows of an inspection's child-level lists {@code days} after it was published, by a job run every
 * {@code checkEveryMinutes}; evidence, findings, judgements and the report are other tables and stay, as do the lists'
 * upload summaries (counts, no child's data). When an inspection was published is read from its audit trail (the
 * status change to {@code published}, which no inspection type skips). Each deletion is one transaction with its audit
 * entry on the inspection ({@code child-data.deleted}, by {@code retention}). A change of configuration applies without
 * restarting the component. Several nodes may run the job on one database: a second deletion finds nothing left.
 */
@Component(service = RetentionService.class, configurationPid = "org.inspectra.retention", immediate = true)
@Designate(ocd = ScheduledRetention.Config.class)
public final class ScheduledRetention implements RetentionService {

    @ObjectClassDefinition(name = "Inspectra retention of child-level data")
    public @interface Config {
        @AttributeDefinition(description = "Days after publication the rows of child-level lists are kept; 0 keeps "
                + "them")
        int days() default DEFAULT_DAYS;

        @AttributeDefinition(description = "Minutes between two runs of the deletion job")
        int checkEveryMinutes() default 60;
    }

    static final int DEFAULT_DAYS = 90;

    /** Who the audit trail says deleted the rows. */
    static final String ACTOR = "retention";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRetention.class);

    private final InspectionService inspections;
    private final AuditTrail audit;
    private final ChildListStore store;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile int days;
    private ScheduledFuture<?> job;

    @Activate
    public ScheduledRetention(Config config, @Reference InspectionService inspections, @Reference AuditTrail audit,
                              @Reference ChildListStore store) {
        this(config.days(), inspections, audit, store, Clock.systemUTC());
        scheduleEvery(config.checkEveryMinutes());
    }

    ScheduledRetention(int days, InspectionService inspections, AuditTrail audit, ChildListStore store, Clock clock) {
        this.days = Math.max(0, days);
        this.inspections = inspections;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "inspectra-retention");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Modified
    void modified(Config config) {
        days = Math.max(0, config.days());
        scheduleEvery(config.checkEveryMinutes());
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    private synchronized void scheduleEvery(int minutes) {
        if (job != null) {
            job.cancel(false);
        }
        long every = Math.max(1, minutes);
        job = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MINUTES);
    }

    private void run() {
        try {
            List<RetentionDue> deleted = deleteDue(clock.instant());
            if (!deleted.isEmpty()) {
                LOG.info("Retention: deleted the child-level rows of {} published inspections", deleted.size());
            }
        } catch (RuntimeException e) {
            LOG.error("Retention: the deletion job failed; it runs again at its next time", e);
        }
    }

    @Override
    public int days() {
        return days;
    }

    @Override
    public List<RetentionDue> preview(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only administrators see what retention deletes");
        }
        return stored();
    }

    @Override
    public List<RetentionDue> deleteDue(Instant asAt) {
        List<RetentionDue> deleted = new ArrayList<>();
        for (RetentionDue due : stored()) {
            if (due.deleteAt() == null || due.deleteAt().isAfter(asAt)) {
                continue;
            }
            long rows = store.deleteRows(due.inspectionId(), new AuditEntry(clock.instant(), ACTOR,
                    "child-data.deleted", "inspection/" + due.inspectionId(), null, "{\"rows\":" + due.totalRows()
                    + ",\"lists\":" + json(due.rows()) + ",\"publishedAt\":\"" + due.publishedAt() + "\",\"days\":"
                    + days + "}"));
            LOG.info("Retention: inspection {} published {}: {} child-level rows deleted", due.inspectionId(),
                    due.publishedAt(), rows);
            deleted.add(due);
        }
        return deleted;
    }

    /** Every published (or closed) inspection with rows still stored, soonest deletion first. */
    private List<RetentionDue> stored() {
        List<RetentionDue> due = new ArrayList<>();
        int kept = days;
        for (String status : List.of(InspectionStatus.PUBLISHED.id(), InspectionStatus.CLOSED.id())) {
            for (Inspection inspection : inspections.search(new InspectionQuery(null, null, status))) {
                Map<String, Long> rows = store.rowCounts(inspection.id());
                if (rows.isEmpty()) {
                    continue;
                }
                publishedAt(inspection.id()).ifPresent(published -> due.add(new RetentionDue(inspection.id(),
                        inspection.localAuthority(), published, kept == 0 ? null
                        : published.plus(Duration.ofDays(kept)), rows)));
            }
        }
        due.sort(Comparator.comparing(RetentionDue::deleteAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RetentionDue::inspectionId));
        return due;
    }

    /** The first change to published in the inspection's audit trail, read page by page. */
    private Optional<Instant> publishedAt(String inspectionId) {
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<AuditEntry> page = audit.about("inspection/" + inspectionId, request);
            Optional<Instant> published = page.items().stream()
                    .filter(e -> e.action().equals("inspection.status-changed")
                            && InspectionStatus.PUBLISHED.id().equals(e.after()))
                    .map(AuditEntry::at).findFirst();
            if (published.isPresent() || page.next() == null) {
                return published;
            }
            request = new PageRequest(PageRequest.MAX_LIMIT, page.next());
        }
    }

    private static String json(Map<String, Long> rows) {
        StringBuilder json = new StringBuilder("{");
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> json.append(json.length() > 1
                ? "," : "").append('"').append(e.getKey()).append("\":").append(e.getValue()));
        return json.append('}').toString();
    }
}
