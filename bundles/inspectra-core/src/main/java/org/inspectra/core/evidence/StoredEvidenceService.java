package org.inspectra.core.evidence;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.LocalDate;
import java.time.ZoneId;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.Coverage;
import org.inspectra.api.evidence.EvidenceEntry;
import org.inspectra.api.evidence.EvidenceOutline;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceTally;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.api.evidence.RecordedEvidence;
import org.inspectra.api.calendar.WorkingDayCalendar;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.RecordingRule;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.core.inspection.MilestonePlanner;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.EvidenceStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.inspection.KeptPerInspection;
import org.inspectra.core.privacy.CaseReferences;
import org.inspectra.core.privacy.PersonalDataScreen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Evidence against the pinned framework version's criteria ({@code 000 §182-193}, {@code 003 §75-81}). Every record
 * passes the personal-data screen; edits are new revisions beside the old.
 */
@Component(service = EvidenceService.class)
public final class StoredEvidenceService implements EvidenceService {

    static final int MAX_SUMMARY = 10_000;
    static final int MAX_SOURCE = 500;

    /** Inspections whose coverage is kept: a few KB each. */
    static final int KEPT = 5_000;
    /** Clocks drift: evidence a little ahead of the server's clock is not refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Evidence is gathered and recorded in England: its dates are English dates. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final EvidenceStore store;
    private final InspectionLookup lookup;
    private final PersonalDataScreen screen;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final KeptPerInspection<Coverage> coverages = new KeptPerInspection<>(KEPT);

    @Activate
    public StoredEvidenceService(@Reference EvidenceStore store, @Reference InspectionLookup lookup,
                                 @Reference PersonalDataScreen screen, @Reference WorkingDayCalendar calendar) {
        this(store, lookup, screen, calendar, Clock.systemUTC());
    }

    StoredEvidenceService(EvidenceStore store, InspectionLookup lookup, PersonalDataScreen screen,
                          WorkingDayCalendar calendar, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.screen = screen;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public RecordedEvidence record(String inspectionId, EvidenceEntry entry, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        List<String> warnings = check(entry, pinned);
        EvidenceRecord record = new EvidenceRecord(UUID.randomUUID().toString(), inspectionId, entry.criterion(),
                entry.source().strip(), entry.observedAt(), entry.assessment(), entry.summary().strip(),
                entry.children(), caller.user(), clock.instant(), 1);
        EvidenceRecord stored = store.insert(record, audit(caller, "evidence.recorded", inspectionId, null, record));
        return new RecordedEvidence(stored, warnings);
    }

    @Override
    public List<String> namesIn(String inspectionId, String source, String summary, Caller caller) {
        InspectionAccess.requireTeam(lookup.inspection(inspectionId), caller);
        List<String> warnings = new ArrayList<>(screen.screen("summary", summary == null ? "" : summary));
        warnings.addAll(screen.screen("source", source == null ? "" : source));
        return warnings;
    }

    @Override
    public RecordedEvidence revise(String inspectionId, String evidenceId, int expectedRevision, EvidenceEntry entry,
                                   Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        EvidenceRecord current = store.find(inspectionId, evidenceId)
                .orElseThrow(() -> new NotFoundException("No evidence " + evidenceId + " in inspection "
                        + inspectionId));
        if (current.revision() != expectedRevision) {
            throw new org.inspectra.api.error.ConflictException("Evidence " + evidenceId + " is at revision "
                    + current.revision() + ", not " + expectedRevision + "; read it again and retry");
        }
        List<String> warnings = check(entry, pinned);
        EvidenceRecord revision = new EvidenceRecord(evidenceId, inspectionId, entry.criterion(),
                entry.source().strip(), entry.observedAt(), entry.assessment(), entry.summary().strip(),
                entry.children(), caller.user(), clock.instant(), current.revision() + 1);
        EvidenceRecord stored = store.revise(revision,
                audit(caller, "evidence.revised", inspectionId, current, revision));
        return new RecordedEvidence(stored, warnings);
    }

    @Override
    public EvidenceTally tally(String inspectionId, Caller caller) {
        InspectionAccess.requireTeam(lookup.inspection(inspectionId), caller);
        return store.tally(inspectionId);
    }

    @Override
    public Page<EvidenceRecord> list(String inspectionId, String criterion, PageRequest page, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeam(inspection, caller);
        return store.current(inspectionId, criterion == null || criterion.isBlank() ? null : criterion, page);
    }

    @Override
    public List<EvidenceRecord> history(String inspectionId, String evidenceId, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeam(inspection, caller);
        List<EvidenceRecord> history = store.history(inspectionId, evidenceId);
        if (history.isEmpty()) {
            throw new NotFoundException("No evidence " + evidenceId + " in inspection " + inspectionId);
        }
        return history;
    }

    @Override
    public Coverage coverage(String inspectionId, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeam(pinned.inspection(), caller);
        // Kept while the inspection, its framework, type and theme, the calendar and the evidence tally stand: the
        // tally is read first, so coverage worked out from evidence added meanwhile is only ever kept under an
        // older tally, which no later read finds.
        CoverageSource source = new CoverageSource(pinned.framework(), pinned.type(), pinned.theme(),
                calendar.configuration(), store.tally(inspectionId));
        return coverages.get(pinned.inspection(), source, () -> coverage(pinned));
    }

    /** What an inspection's coverage is worked out from besides the inspection itself. */
    private record CoverageSource(Object framework, Object type, Object theme, Object calendar, EvidenceTally tally) {
    }

    private Coverage coverage(InspectionLookup.Pinned pinned) {
        String inspectionId = pinned.inspection().id();
        Map<String, Map<Assessment, Long>> counts = new LinkedHashMap<>();
        List<EvidenceOutline> records = store.outlines(inspectionId);
        for (EvidenceOutline r : records) {
            counts.computeIfAbsent(r.criterion(), c -> new EnumMap<>(Assessment.class))
                    .merge(r.assessment(), 1L, Long::sum);
        }
        List<Coverage.CriterionCoverage> criteria = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Criterion c : pinned.criteria()) {
            Map<Assessment, Long> byAssessment = counts.getOrDefault(c.id(), Map.of());
            Map<String, Long> ids = new LinkedHashMap<>();
            for (Assessment a : Assessment.values()) {
                ids.put(a.id(), byAssessment.getOrDefault(a, 0L));
            }
            long total = ids.values().stream().mapToLong(Long::longValue).sum();
            criteria.add(new Coverage.CriterionCoverage(c.id(), c.title(), c.judgement(), total, ids));
            if (total == 0) {
                uncovered.add(c.id());
            }
        }
        return new Coverage(criteria, uncovered, deadlines(pinned, records));
    }

    /**
     * The framework's recording deadline, where it has one ({@code 003 §78}): each record is due the given number of
     * working days after its evidence was gathered, and every record by the closing milestone; a record stored after
     * its due date is late.
     */
    private List<Coverage.RecordingDeadline> deadlines(InspectionLookup.Pinned pinned, List<EvidenceOutline> records) {
        RecordingRule rule = pinned.type().recordingRule();
        if (rule == null) {
            return List.of();
        }
        LocalDate allBy = new MilestonePlanner(calendar).plan(pinned.type(), pinned.inspection().notifiedOn())
                .stream().filter(m -> m.id().equals(rule.allBy())).map(Milestone::due).findFirst()
                .orElseThrow(() -> new IllegalStateException(pinned.definition().key() + " recording rule counts to "
                        + "unknown milestone " + rule.allBy()));
        List<String> late = new ArrayList<>();
        for (EvidenceOutline r : records) {
            LocalDate gathered = r.observedAt().atZone(ENGLAND).toLocalDate();
            LocalDate due = calendar.addWorkingDays(gathered, rule.withinWorkingDays());
            if (due.isAfter(allBy)) {
                due = allBy;
            }
            // The first revision's time is when the record reached the team's record.
            LocalDate recorded = r.firstRecordedAt().atZone(ENGLAND).toLocalDate();
            if (recorded.isAfter(due)) {
                late.add(r.id());
            }
        }
        return List.of(new Coverage.RecordingDeadline("Entries within " + rule.withinWorkingDays()
                + " working days of the evidence, all by " + rule.allBy(), allBy, late, rule.source()));
    }

    /**
     * Refuses what is malformed or not the pinned framework's or theme's; returns what the personal-data screen warns
     * of.
     */
    private List<String> check(EvidenceEntry entry, InspectionLookup.Pinned pinned) {
        List<Violation> malformed = new ArrayList<>();
        if (blank(entry.criterion())) {
            malformed.add(new Violation("criterion", "required", "the criterion the evidence is recorded against"));
        }
        if (blank(entry.source())) {
            malformed.add(new Violation("source", "required", "where the evidence came from (000 §183)"));
        } else if (entry.source().length() > MAX_SOURCE) {
            malformed.add(new Violation("source", "too-long", "at most " + MAX_SOURCE + " characters"));
        }
        if (entry.observedAt() == null) {
            malformed.add(new Violation("observedAt", "required", "when the evidence was gathered (000 §183)"));
        } else if (entry.observedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            malformed.add(new Violation("observedAt", "in-the-future", "evidence is recorded after it is gathered"));
        }
        if (entry.assessment() == null) {
            malformed.add(new Violation("assessment", "required", "one of " + List.of(Assessment.values()).stream()
                    .map(Assessment::id).toList()));
        }
        if (blank(entry.summary())) {
            malformed.add(new Violation("summary", "required", "the evaluative summary (000 §186)"));
        } else if (entry.summary().length() > MAX_SUMMARY) {
            malformed.add(new Violation("summary", "too-long", "at most " + MAX_SUMMARY + " characters"));
        }
        malformed.addAll(CaseReferences.violations("children", entry.children()));
        if (!malformed.isEmpty()) {
            throw new InvalidInputException("The evidence was refused", malformed);
        }
        pinned.criterion(entry.criterion());
        List<String> warnings = new ArrayList<>(screen.screen("summary", entry.summary()));
        warnings.addAll(screen.screen("source", entry.source()));
        return warnings;
    }

    private AuditEntry audit(Caller caller, String action, String inspectionId, EvidenceRecord before,
                             EvidenceRecord after) {
        return new AuditEntry(clock.instant(), caller.user(), action, "inspection/" + inspectionId,
                before == null ? null : before.toString(), after.toString());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
