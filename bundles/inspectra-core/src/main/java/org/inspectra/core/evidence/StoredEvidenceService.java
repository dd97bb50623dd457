package org.inspectra.core.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.evidence.Assessment;
import org.inspectra.api.evidence.Coverage;
import org.inspectra.api.evidence.EvidenceEntry;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.api.evidence.RecordedEvidence;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.EvidenceStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
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
    static final int MAX_CHILDREN = 50;
    /** A case reference or child unique ID: letters, digits and / _ . - only, so no name fits with a space. */
    static final Pattern CHILD_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}");
    /** Clocks drift: evidence a little ahead of the server's clock is not refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final EvidenceStore store;
    private final InspectionLookup lookup;
    private final PersonalDataScreen screen;
    private final Clock clock;

    @Activate
    public StoredEvidenceService(@Reference EvidenceStore store, @Reference InspectionLookup lookup,
                                 @Reference PersonalDataScreen screen) {
        this(store, lookup, screen, Clock.systemUTC());
    }

    StoredEvidenceService(EvidenceStore store, InspectionLookup lookup, PersonalDataScreen screen, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.screen = screen;
        this.clock = clock;
    }

    @Override
    public RecordedEvidence record(String inspectionId, EvidenceEntry entry, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        List<String> warnings = check(entry, pinned.definition());
        EvidenceRecord record = new EvidenceRecord(UUID.randomUUID().toString(), inspectionId, entry.criterion(),
                entry.source().strip(), entry.observedAt(), entry.assessment(), entry.summary().strip(),
                entry.children(), caller.user(), clock.instant(), 1);
        EvidenceRecord stored = store.insert(record, audit(caller, "evidence.recorded", inspectionId, null, record));
        return new RecordedEvidence(stored, warnings);
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
        List<String> warnings = check(entry, pinned.definition());
        EvidenceRecord revision = new EvidenceRecord(evidenceId, inspectionId, entry.criterion(),
                entry.source().strip(), entry.observedAt(), entry.assessment(), entry.summary().strip(),
                entry.children(), caller.user(), clock.instant(), current.revision() + 1);
        EvidenceRecord stored = store.revise(revision,
                audit(caller, "evidence.revised", inspectionId, current, revision));
        return new RecordedEvidence(stored, warnings);
    }

    @Override
    public List<EvidenceRecord> list(String inspectionId, String criterion, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeam(inspection, caller);
        return store.current(inspectionId, criterion == null || criterion.isBlank() ? null : criterion);
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
        Map<String, Map<Assessment, Long>> counts = new LinkedHashMap<>();
        for (EvidenceRecord r : store.current(inspectionId, null)) {
            counts.computeIfAbsent(r.criterion(), c -> new EnumMap<>(Assessment.class))
                    .merge(r.assessment(), 1L, Long::sum);
        }
        List<Coverage.CriterionCoverage> criteria = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (Criterion c : pinned.definition().criteria()) {
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
        return new Coverage(criteria, uncovered, List.of());
    }

    /** Refuses what is malformed or not the framework's; returns what the personal-data screen warns of. */
    private List<String> check(EvidenceEntry entry, FrameworkDefinition framework) {
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
        if (entry.children().size() > MAX_CHILDREN) {
            malformed.add(new Violation("children", "too-many", "at most " + MAX_CHILDREN + " children a record"));
        }
        for (int i = 0; i < entry.children().size(); i++) {
            String child = entry.children().get(i);
            if (child == null || !CHILD_REFERENCE.matcher(child).matches()) {
                malformed.add(new Violation("children[" + i + "]", "not-a-case-reference",
                        "a case reference or child unique ID (letters, digits, / _ . -), never a name"));
            }
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException("The evidence was refused", malformed);
        }
        if (framework.criterion(entry.criterion()).isEmpty()) {
            throw new RuleViolationException("No criterion " + entry.criterion() + " in " + framework.key(),
                    List.of(new Violation("criterion", "unknown-criterion", framework.key() + " has criteria "
                            + framework.criteria().stream().map(Criterion::id).toList())));
        }
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
