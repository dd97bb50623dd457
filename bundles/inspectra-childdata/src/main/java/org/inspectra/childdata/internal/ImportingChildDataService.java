package org.inspectra.childdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.inspectra.api.access.AccessRecorder;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ChildView;
import org.inspectra.api.childdata.Chronology;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.childdata.ListedRows;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.api.store.ImportProgressStore;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.childdata.quality.ChildChronology;
import org.inspectra.childdata.quality.PlatformChecks;
import org.inspectra.childdata.quality.QualityRun;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Child-level lists against the inspection's pinned framework version and its pinned deep-dive theme version (whose
 * own list of children the theme bundle names, {@code 003 §19}; read through the API's {@link ThemeRegistry}). Who
 * may: the inspection's team, its authority's link people (who send the lists, {@code 000 §255}) and administrators
 * upload; only the team and administrators read the children's rows. Reading the inspection at all is
 * {@link InspectionService#readable}'s decision. Each upload is tracked from the moment its body is read
 * ({@link ImportTracker}), so its progress can be read while it runs.
 */
@Component(service = ChildDataService.class, configurationPid = "org.inspectra.childdata")
@Designate(ocd = ImportingChildDataService.Config.class)
public final class ImportingChildDataService implements ChildDataService {

    @ObjectClassDefinition(name = "Inspectra child-level data")
    public @interface Config {
        @AttributeDefinition(description = "The largest upload of one list, in bytes; larger ones are refused (413)")
        long maxUploadBytes() default DEFAULT_MAX_UPLOAD_BYTES;

        @AttributeDefinition(description = "How often the progress of running uploads is saved for other nodes, in ms")
        long progressSaveMillis() default 1000;
    }

    /** 64 MiB: a largest authority's longest list as CSV is a few tens of MiB at most. */
    static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;

    private final InspectionService inspections;
    private final PinnedLists pinned;
    private final ListChecks checks;
    private final ChildListStore store;
    private final AccessRecorder access;
    private final long maxUploadBytes;
    private final Clock clock;
    private final ImportTracker imports;
    /** Saves the running uploads' progress at a bounded rate; none in unit tests, which save by hand. */
    private final ScheduledExecutorService saver;

    @Activate
    public ImportingChildDataService(Config config, @Reference InspectionService inspections,
                                     @Reference FrameworkRegistry frameworks, @Reference ThemeRegistry themes,
                                     @Reference ChildListStore store, @Reference ImportProgressStore progress,
                                     @Reference AccessRecorder access) {
        this(config.maxUploadBytes(), inspections, frameworks, themes, store, progress, access, Clock.systemUTC(),
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "inspectra-import-progress");
                    t.setDaemon(true);
                    return t;
                }));
        long every = Math.max(100, config.progressSaveMillis());
        saver.scheduleWithFixedDelay(imports::saveRunning, every, every, TimeUnit.MILLISECONDS);
    }

    ImportingChildDataService(long maxUploadBytes, InspectionService inspections, FrameworkRegistry frameworks,
                              ThemeRegistry themes, ChildListStore store, ImportProgressStore progress,
                              AccessRecorder access, Clock clock) {
        this(maxUploadBytes, inspections, frameworks, themes, store, progress, access, clock, null);
    }

    private ImportingChildDataService(long maxUploadBytes, InspectionService inspections,
                                      FrameworkRegistry frameworks, ThemeRegistry themes, ChildListStore store,
                                      ImportProgressStore progress, AccessRecorder access, Clock clock,
                                      ScheduledExecutorService saver) {
        this.inspections = inspections;
        this.pinned = new PinnedLists(frameworks, themes, PlatformChecks.all());
        this.checks = new ListChecks(pinned, store, clock);
        this.store = store;
        this.access = access;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
        this.imports = new ImportTracker(progress, clock);
        this.saver = saver;
    }

    /** Saves the running uploads' progress now, as the schedule does every second or so. */
    void saveProgress() {
        imports.saveRunning();
    }

    @Deactivate
    void stop() {
        if (saver != null) {
            saver.shutdownNow();
        }
    }

    @Override
    public ImportResult replace(String inspectionId, String listId, String mediaType, InputStream content,
                                long contentLength, Caller caller) {
        Inspection inspection = readableByUploaders(inspectionId, caller);
        if (inspection.status().readOnly()) {
            throw new ConflictException("Inspection " + inspectionId + " is " + inspection.statusId()
                    + " and read-only");
        }
        ChildListSpec spec = pinned.list(inspection, listId);
        if (contentLength > maxUploadBytes) {
            // Declared too large: refused before a row is read or stored, however slow the database.
            throw LimitedInputStream.refuseDeclared(content, maxUploadBytes);
        }
        // Tracked from here on: what is refused before (who, which inspection, which list) never began.
        TrackedImport tracked = imports.start(inspectionId, listId, caller.user(), contentLength);
        try {
            QualityRun quality = checks.start(inspection, false);
            ImportResult result = read(inspectionId, spec, mediaType,
                    new LimitedInputStream(content, maxUploadBytes, tracked::bytesRead), tracked, caller, quality);
            imports.completed(tracked);
            return result.withImportId(tracked.id()).withDataQuality(checks.afterUpload(inspection, spec, quality));
        } catch (InspectraException refusal) {
            imports.refused(tracked, refusal);
            throw refusal;
        } catch (RuntimeException | Error e) {
            imports.failed(tracked);
            throw e;
        }
    }

    private ImportResult read(String inspectionId, ChildListSpec spec, String mediaType, InputStream body,
                              ListImport.Progress progress, Caller caller, QualityRun quality) {
        String listId = spec.id();
        String label = "Inspection " + inspectionId + " " + listId;
        try (Sheet sheet = open(mediaType, body, listId)) {
            AuditEntry audit = new AuditEntry(clock.instant(), caller.user(), "child-list.replace",
                    "inspection/" + inspectionId + "/child-lists/" + listId, null, null);
            return store.replace(inspectionId, listId, sink -> {
                ListImport upload = new ListImport(spec, LocalDate.now(clock), row -> {
                    quality.accept(listId, row);
                    sink.accept(row);
                }, label, progress);
                try {
                    sheet.read(upload);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return upload.result();
            }, audit);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("The upload broke off before its end; the list is unchanged");
        }
    }

    @Override
    public ImportProgress progress(String inspectionId, String listId, Caller caller) {
        Inspection inspection = readableByUploaders(inspectionId, caller);
        ChildListSpec spec = pinned.list(inspection, listId);
        return imports.current(inspectionId, spec.id()).orElseThrow(() -> new NotFoundException("No upload of "
                + listId + " to inspection " + inspectionId));
    }

    /** Uploads, and their progress, are for the inspection's team, its authority's link people and administrators. */
    private Inspection readableByUploaders(String inspectionId, Caller caller) {
        Inspection inspection = inspections.readable(inspectionId, caller);
        if (!caller.isAdmin() && !inspection.hasTeamMember(caller.user())
                && !caller.localAuthorities().contains(inspection.localAuthority())) {
            throw new ForbiddenException("Only the inspection's team and the local authority's link people upload "
                    + "its child-level lists and follow their progress");
        }
        return inspection;
    }

    private static Sheet open(String mediaType, InputStream body, String listId) throws IOException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith(CSV)) {
            return new CsvSheet(body);
        }
        if (type.startsWith(XLSX)) {
            return new XlsxSheet(body, listId);
        }
        throw new InvalidInputException("A list is uploaded as " + CSV + " or " + XLSX);
    }

    @Override
    public ChildView child(String inspectionId, String childId, Caller caller) {
        Inspection inspection = readableByTeam(inspectionId, caller);
        List<ListedRows> lists = new ArrayList<>();
        rowsOf(inspection, childId).forEach((spec, rows) -> lists.add(new ListedRows(spec.id(), spec.title(), rows)));
        access.record(new DataAccess(clock.instant(), caller.user(), inspectionId, DataAccess.Kind.CHILD, childId));
        return new ChildView(childId, lists);
    }

    @Override
    public Chronology chronology(String inspectionId, String childId, Caller caller) {
        Inspection inspection = readableByTeam(inspectionId, caller);
        Map<ChildListSpec, List<ChildRow>> rows = rowsOf(inspection, childId);
        access.record(new DataAccess(clock.instant(), caller.user(), inspectionId, DataAccess.Kind.CHRONOLOGY,
                childId));
        return ChildChronology.of(childId, rows);
    }

    /**
     * The child's rows, by list in the framework's order.
     *
     * @throws NotFoundException where the child is on no list (API.md)
     */
    private Map<ChildListSpec, List<ChildRow>> rowsOf(Inspection inspection, String childId) {
        Map<String, List<ChildRow>> rows = store.rowsOfChild(inspection.id(), childId);
        Map<ChildListSpec, List<ChildRow>> byList = new LinkedHashMap<>();
        for (ChildListSpec spec : pinned.lists(inspection)) {
            List<ChildRow> on = rows.get(spec.id());
            if (on != null && !on.isEmpty()) {
                byList.put(spec, on);
            }
        }
        if (byList.isEmpty()) {
            throw new NotFoundException("No child-level list of inspection " + inspection.id()
                    + " has a child with that ID");
        }
        return byList;
    }

    @Override
    public List<ChildRow> rows(String inspectionId, String listId, Map<String, String> filter, Caller caller) {
        Inspection inspection = readableByTeam(inspectionId, caller);
        ChildListSpec spec = pinned.list(inspection, listId);
        RowFilter matches = RowFilter.of(spec, filter);
        List<ChildRow> rows = new ArrayList<>();
        store.forEachRow(inspectionId, listId, row -> {
            if (matches.test(row)) {
                rows.add(row);
            }
        });
        access.record(new DataAccess(clock.instant(), caller.user(), inspectionId, DataAccess.Kind.LIST_ROWS,
                listId));
        return rows;
    }

    private Inspection readableByTeam(String inspectionId, Caller caller) {
        return TeamAccess.readableByTeam(inspections, inspectionId, caller);
    }
}
