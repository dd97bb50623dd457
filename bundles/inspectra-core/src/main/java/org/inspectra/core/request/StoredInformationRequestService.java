package org.inspectra.core.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.request.InformationRequestService;
import org.inspectra.api.request.RequestType;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InformationRequestStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requests for further information ({@code 000 §166-168}, Annex B): the team asks, the local authority answers. */
@Component(service = InformationRequestService.class)
public final class StoredInformationRequestService implements InformationRequestService {

    static final int MAX_TEXT = 10_000;

    private final InformationRequestStore store;
    private final InspectionLookup lookup;
    private final Clock clock;

    @Activate
    public StoredInformationRequestService(@Reference InformationRequestStore store,
                                           @Reference InspectionLookup lookup) {
        this(store, lookup, Clock.systemUTC());
    }

    StoredInformationRequestService(InformationRequestStore store, InspectionLookup lookup, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public InformationRequest request(String inspectionId, RequestType type, String what, String why,
                                      LocalDate requiredBy, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeamWrite(inspection, caller);
        List<Violation> refused = new ArrayList<>();
        if (type == null) {
            refused.add(new Violation("type", "required", "one of " + List.of(RequestType.values()).stream()
                    .map(RequestType::id).toList()));
        }
        text("what", what, refused);
        text("why", why, refused);
        if (requiredBy == null) {
            refused.add(new Violation("requiredBy", "required", "the date the information is required by"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The request was refused", refused);
        }
        InformationRequest request = new InformationRequest(UUID.randomUUID().toString(), inspectionId,
                caller.user(), clock.instant(), type, what.strip(), why.strip(), requiredBy, null, null, null, 0);
        return store.insert(request, new AuditEntry(clock.instant(), caller.user(), "information-request.made",
                "inspection/" + inspectionId, null, request.toString()));
    }

    @Override
    public InformationRequest respond(String inspectionId, String requestId, String response, Long expectedVersion,
                                      Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireOpen(inspection);
        InspectionAccess.requireLink(inspection, caller);
        InformationRequest current = store.find(inspectionId, requestId).orElseThrow(() -> new NotFoundException(
                "No information request " + requestId + " in inspection " + inspectionId));
        if (current.response() != null) {
            throw new ConflictException("The request has been answered already");
        }
        List<Violation> refused = new ArrayList<>();
        text("response", response, refused);
        if (!refused.isEmpty()) {
            throw new InvalidInputException("The response was refused", refused);
        }
        InformationRequest answered = new InformationRequest(current.id(), inspectionId, current.requestedBy(),
                current.requestedAt(), current.type(), current.what(), current.why(), current.requiredBy(),
                response.strip(), caller.user(), clock.instant(), current.version());
        return store.update(answered, expectedVersion == null ? current.version() : expectedVersion,
                new AuditEntry(clock.instant(), caller.user(), "information-request.answered",
                        "inspection/" + inspectionId, current.toString(), answered.toString()));
    }

    @Override
    public Page<InformationRequest> list(String inspectionId, PageRequest page, Caller caller) {
        InspectionAccess.requireTeamOrLink(lookup.inspection(inspectionId), caller);
        return store.list(inspectionId, page);
    }

    private static void text(String field, String value, List<Violation> refused) {
        if (value == null || value.isBlank()) {
            refused.add(new Violation(field, "required", field + " is required"));
        } else if (value.length() > MAX_TEXT) {
            refused.add(new Violation(field, "too-long", "at most " + MAX_TEXT + " characters"));
        }
    }
}
