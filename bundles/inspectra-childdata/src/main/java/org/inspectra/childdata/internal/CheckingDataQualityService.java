package org.inspectra.childdata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;

import org.inspectra.api.access.AccessRecorder;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.DataQualityService;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.ChildListStore;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.childdata.quality.PlatformChecks;
import org.inspectra.childdata.quality.ReportFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The data-quality report on demand: every rule over every list as stored now, one pass, nothing kept afterwards (so
 * nothing derived from the rows outlives them). Who may read it is who may read the children's rows; each read is
 * recorded in the access log.
 */
@Component(service = DataQualityService.class)
public final class CheckingDataQualityService implements DataQualityService {

    private final InspectionService inspections;
    private final ListChecks checks;
    private final AccessRecorder access;
    private final Clock clock;

    @Activate
    public CheckingDataQualityService(@Reference InspectionService inspections,
                                      @Reference FrameworkRegistry frameworks, @Reference ThemeRegistry themes,
                                      @Reference ChildListStore store, @Reference AccessRecorder access) {
        this(inspections, frameworks, themes, store, access, Clock.systemUTC());
    }

    CheckingDataQualityService(InspectionService inspections, FrameworkRegistry frameworks, ThemeRegistry themes,
                               ChildListStore store, AccessRecorder access, Clock clock) {
        this.inspections = inspections;
        this.checks = new ListChecks(new PinnedLists(frameworks, themes, PlatformChecks.all()), store, clock);
        this.access = access;
        this.clock = clock;
    }

    @Override
    public DataQualityReport report(String inspectionId, Caller caller) {
        Inspection inspection = TeamAccess.readableByTeam(inspections, inspectionId, caller);
        DataQualityReport report = checks.all(inspection);
        access.record(new DataAccess(clock.instant(), caller.user(), inspectionId, DataAccess.Kind.DATA_QUALITY,
                null));
        return report;
    }

    @Override
    public void write(DataQualityReport report, String mediaType, OutputStream out) throws IOException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith(CSV)) {
            ReportFiles.csv(report, out);
        } else if (type.startsWith(XLSX)) {
            ReportFiles.xlsx(report, out);
        } else {
            throw new IllegalArgumentException("A data-quality report is written as " + CSV + " or " + XLSX);
        }
    }
}
