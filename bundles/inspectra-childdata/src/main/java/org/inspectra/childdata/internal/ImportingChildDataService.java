package org.inspectra.childdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.childdata.ChildView;
import org.inspectra.api.childdata.ImportProgress;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.childdata.ListedRows;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.api.store.ImportProgressStore;
import org.inspectra.api.theme.ThemeRegistry;
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
    private final FrameworkRegistry frameworks;
    private final ThemeRegistry themes;
    private final ChildListStore store;
    private final long maxUploadBytes;
    private final Clock clock;
    private final ImportTracker imports;
    /** Saves the running uploads' progress at a bounded rate; none in unit tests, which save by hand. */
    private final ScheduledExecutorService saver;

    @Activate
    public ImportingChildDataService(Config config, @Reference InspectionService inspections,
                                     @Reference FrameworkRegistry frameworks, @Reference ThemeRegistry themes,
                                     @Reference ChildListStore store, @Reference ImportProgressStore progress) {
        this(config.maxUploadBytes(), inspections, frameworks, themes, store, progress, Clock.systemUTC(),
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
                              Clock clock) {
        this(maxUploadBytes, inspections, frameworks, themes, store, progress, clock, null);
    }

    private ImportingChildDataService(long maxUploadBytes, InspectionService inspections,
                                      FrameworkRegistry frameworks, ThemeRegistry themes, ChildListStore store,
                                      ImportProgressStore progress, Clock clock, ScheduledExecutorService saver) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.themes = themes;
        this.store = store;
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
        ChildListSpec spec = list(inspection, listId);
        if (contentLength > maxUploadBytes) {
            // Declared too large: refused before a row is read or stored, however slow the database.
            throw LimitedInputStream.refuseDeclared(content, maxUploadBytes);
        }
        // Tracked from here on: what is refused before (who, which inspection, which list) never began.
        TrackedImport tracked = imports.start(inspectionId, listId, caller.user(), contentLength);
        try {
            ImportResult result = read(inspectionId, spec, mediaType,
                    new LimitedInputStream(content, maxUploadBytes, tracked::bytesRead), tracked, caller);
            imports.completed(tracked);
            return result.withImportId(tracked.id());
        } catch (InspectraException refusal) {
            imports.refused(tracked, refusal);
            throw refusal;
        } catch (RuntimeException | Error e) {
            imports.failed(tracked);
            throw e;
        }
    }

    private ImportResult read(String inspectionId, ChildListSpec spec, String mediaType, InputStream body,
                              ListImport.Progress progress, Caller caller) {
        String listId = spec.id();
        String label = "Inspection " + inspectionId + " " + listId;
        try (Sheet sheet = open(mediaType, body, listId)) {
            AuditEntry audit = new AuditEntry(clock.instant(), caller.user(), "child-list.replace",
                    "inspection/" + inspectionId + "/child-lists/" + listId, null, null);
            return store.replace(inspectionId, listId, sink -> {
                ListImport upload = new ListImport(spec, LocalDate.now(clock), sink, label, progress);
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
        ChildListSpec spec = list(inspection, listId);
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
        Map<String, List<ChildRow>> rows = store.rowsOfChild(inspectionId, childId);
        List<ListedRows> lists = new ArrayList<>();
        for (ChildListSpec spec : childLists(inspection)) {
            List<ChildRow> on = rows.get(spec.id());
            if (on != null) {
                lists.add(new ListedRows(spec.id(), spec.title(), on));
            }
        }
        return new ChildView(childId, lists);
    }

    @Override
    public List<ChildRow> rows(String inspectionId, String listId, Map<String, String> filter, Caller caller) {
        Inspection inspection = readableByTeam(inspectionId, caller);
        ChildListSpec spec = list(inspection, listId);
        RowFilter matches = RowFilter.of(spec, filter);
        List<ChildRow> rows = new ArrayList<>();
        store.forEachRow(inspectionId, listId, row -> {
            if (matches.test(row)) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** Children's rows are for the inspection's team and administrators only. */
    private Inspection readableByTeam(String inspectionId, Caller caller) {
        Inspection inspection = inspections.readable(inspectionId, caller);
        if (!caller.isAdmin() && !inspection.hasTeamMember(caller.user())) {
            throw new ForbiddenException("Only the inspection's team and administrators read its children's data");
        }
        return inspection;
    }

    /** The pinned framework version's lists, then the pinned deep-dive theme version's list, if any. */
    private List<ChildListSpec> childLists(Inspection inspection) {
        FrameworkDefinition definition = frameworks.find(inspection.framework().id(), inspection.framework().version())
                .map(RegisteredFramework::definition)
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework() + " inspection "
                        + inspection.id() + " is pinned to is not installed; an administrator must deploy it again"));
        List<ChildListSpec> lists = new ArrayList<>(definition.childLists());
        if (inspection.theme() != null) {
            lists.add(themes.find(inspection.framework().id(), inspection.theme(), inspection.themeVersion())
                    .map(t -> t.definition().childList())
                    .orElseThrow(() -> new ConflictException("The deep-dive theme " + inspection.theme() + " version "
                            + inspection.themeVersion() + " inspection " + inspection.id() + " is pinned to is not "
                            + "installed; an administrator must deploy it again")));
        }
        return lists;
    }

    private ChildListSpec list(Inspection inspection, String listId) {
        return childLists(inspection).stream().filter(l -> l.id().equals(listId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The framework " + inspection.framework()
                        + (inspection.theme() == null ? " has" : " and the theme " + inspection.theme() + " "
                        + inspection.themeVersion() + " have") + " no child-level list " + listId));
    }
}
