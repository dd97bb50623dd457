package org.inspectra.core.enquiry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inspectra.api.enquiry.LineOfEnquiry;
import org.inspectra.api.enquiry.LineOfEnquiryService;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.LineOfEnquiryStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Lines of enquiry ({@code 000 §141}, §143, §189): the team develops them, the lead inspector closes them. */
@Component(service = LineOfEnquiryService.class)
public final class StoredLineOfEnquiryService implements LineOfEnquiryService {

    static final int MAX_TEXT = 2_000;

    private final LineOfEnquiryStore store;
    private final InspectionLookup lookup;
    private final Clock clock;

    @Activate
    public StoredLineOfEnquiryService(@Reference LineOfEnquiryStore store, @Reference InspectionLookup lookup) {
        this(store, lookup, Clock.systemUTC());
    }

    StoredLineOfEnquiryService(LineOfEnquiryStore store, InspectionLookup lookup, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public LineOfEnquiry open(String inspectionId, String question, String criterion, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamWrite(pinned.inspection(), caller);
        String text = text("question", question);
        if (criterion != null) {
            pinned.criterion(criterion);
        }
        LineOfEnquiry line = new LineOfEnquiry(UUID.randomUUID().toString(), inspectionId, text, criterion,
                caller.user(), clock.instant(), null, null, null, 0);
        return store.insert(line, new AuditEntry(clock.instant(), caller.user(), "line-of-enquiry.opened",
                "inspection/" + inspectionId, null, line.toString()));
    }

    @Override
    public LineOfEnquiry close(String inspectionId, String lineId, String rationale, Long expectedVersion,
                               Caller caller) {
        var inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireOpen(inspection);
        // 000 §189: "The lead inspector will decide when sufficient evidence has been recorded about an issue".
        InspectionAccess.requireLead(inspection, caller);
        LineOfEnquiry line = store.find(inspectionId, lineId).orElseThrow(() -> new NotFoundException(
                "No line of enquiry " + lineId + " in inspection " + inspectionId));
        if (!line.open()) {
            throw new ConflictException("The line of enquiry was closed by " + line.closedBy() + " already");
        }
        LineOfEnquiry closed = new LineOfEnquiry(line.id(), inspectionId, line.question(), line.criterion(),
                line.openedBy(), line.openedAt(), caller.user(), clock.instant(), text("rationale", rationale),
                line.version());
        return store.close(closed, expectedVersion == null ? line.version() : expectedVersion,
                new AuditEntry(clock.instant(), caller.user(), "line-of-enquiry.closed",
                        "inspection/" + inspectionId, line.toString(), closed.toString()));
    }

    @Override
    public List<LineOfEnquiry> list(String inspectionId, Caller caller) {
        InspectionAccess.requireTeam(lookup.inspection(inspectionId), caller);
        return store.list(inspectionId);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The " + field + " is required",
                    List.of(new Violation(field, "required", field + " is required")));
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException("The " + field + " is too long",
                    List.of(new Violation(field, "too-long", "at most " + MAX_TEXT + " characters")));
        }
        return value.strip();
    }
}
