package org.inspectra.core.finding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.finding.FindingService;
import org.inspectra.api.finding.RecordedFinding;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FindingStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.privacy.PersonalDataScreen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Strengths, areas for improvement and areas for priority action ({@code 000 §109-110}, {@code 003 §87}). Recording
 * a priority action is what adds the inspection type's follow-up milestones ({@code 000 §229}) to the timeline.
 */
@Component(service = FindingService.class)
public final class StoredFindingService implements FindingService {

    static final int MAX_TEXT = 5_000;

    private final FindingStore store;
    private final InspectionLookup lookup;
    private final PersonalDataScreen screen;
    private final Clock clock;

    @Activate
    public StoredFindingService(@Reference FindingStore store, @Reference InspectionLookup lookup,
                                @Reference PersonalDataScreen screen) {
        this(store, lookup, screen, Clock.systemUTC());
    }

    StoredFindingService(FindingStore store, InspectionLookup lookup, PersonalDataScreen screen, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.screen = screen;
        this.clock = clock;
    }

    @Override
    public RecordedFinding record(String inspectionId, FindingKind kind, String text, String judgement, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        List<Violation> malformed = new ArrayList<>();
        if (kind == null) {
            malformed.add(new Violation("kind", "required", "one of " + List.of(FindingKind.values()).stream()
                    .map(FindingKind::id).toList()));
        }
        if (text == null || text.isBlank()) {
            malformed.add(new Violation("text", "required", "the finding as it will read"));
        } else if (text.length() > MAX_TEXT) {
            malformed.add(new Violation("text", "too-long", "at most " + MAX_TEXT + " characters"));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInputException("The finding was refused", malformed);
        }
        if (judgement != null && pinned.definition().judgement(judgement).isEmpty()) {
            throw new RuleViolationException("No judgement " + judgement + " in " + pinned.definition().key(),
                    List.of(new Violation("judgement", "unknown-judgement", pinned.definition().key()
                            + " has judgements " + pinned.definition().judgements().stream().map(Judgement::id)
                            .toList())));
        }
        List<String> warnings = screen.screen("text", text);
        Finding finding = new Finding(UUID.randomUUID().toString(), inspectionId, kind, text.strip(), judgement,
                caller.user(), clock.instant());
        Finding stored = store.insert(finding, new AuditEntry(clock.instant(), caller.user(), "finding.recorded",
                "inspection/" + inspectionId, null, finding.toString()));
        return new RecordedFinding(stored, warnings);
    }

    @Override
    public Page<Finding> list(String inspectionId, PageRequest page, Caller caller) {
        InspectionAccess.requireTeam(lookup.inspection(inspectionId), caller);
        return store.list(inspectionId, page);
    }

    @Override
    public long count(String inspectionId, Caller caller) {
        InspectionAccess.requireTeam(lookup.inspection(inspectionId), caller);
        return store.count(inspectionId);
    }
}
