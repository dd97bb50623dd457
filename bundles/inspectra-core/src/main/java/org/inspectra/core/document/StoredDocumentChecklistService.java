package org.inspectra.core.document;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inspectra.api.document.ChecklistItem;
import org.inspectra.api.document.DocumentChecklistService;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.RequestedDocument;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.store.SuppliedDocumentStore;
import org.inspectra.api.store.SuppliedDocumentStore.Supply;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Annex A checklist: the pinned framework's requested documents, filtered by what runs beside the inspection,
 * with what the authority has marked supplied.
 */
@Component(service = DocumentChecklistService.class)
public final class StoredDocumentChecklistService implements DocumentChecklistService {

    static final int MAX_NOTE = 2_000;

    private final SuppliedDocumentStore store;
    private final InspectionStore inspections;
    private final InspectionLookup lookup;
    private final Clock clock;

    @Activate
    public StoredDocumentChecklistService(@Reference SuppliedDocumentStore store,
                                          @Reference InspectionStore inspections,
                                          @Reference InspectionLookup lookup) {
        this(store, inspections, lookup, Clock.systemUTC());
    }

    StoredDocumentChecklistService(SuppliedDocumentStore store, InspectionStore inspections, InspectionLookup lookup,
                                   Clock clock) {
        this.store = store;
        this.inspections = inspections;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    public List<ChecklistItem> checklist(String inspectionId, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireTeamOrLink(inspection, caller);
        Map<String, Supply> supplied = store.supplied(inspectionId);
        return requested(inspection).stream().map(d -> item(d, supplied.get(d.number()))).toList();
    }

    @Override
    public ChecklistItem mark(String inspectionId, String number, boolean supplied, String note, Caller caller) {
        Inspection inspection = lookup.inspection(inspectionId);
        InspectionAccess.requireOpen(inspection);
        InspectionAccess.requireLink(inspection, caller);
        RequestedDocument document = requested(inspection).stream().filter(d -> d.number().equals(number))
                .findFirst().orElseThrow(() -> new NotFoundException("Inspection " + inspectionId
                        + " does not ask for document " + number));
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInputException("The note is too long", List.of(new Violation("note", "too-long",
                    "at most " + MAX_NOTE + " characters")));
        }
        String subject = "inspection/" + inspectionId;
        if (!supplied) {
            store.unmark(inspectionId, number, new AuditEntry(clock.instant(), caller.user(),
                    "document.unmarked", subject, number, null));
            return item(document, null);
        }
        Supply supply = new Supply(caller.user(), clock.instant(), note == null || note.isBlank() ? null
                : note.strip());
        store.markSupplied(inspectionId, number, supply, new AuditEntry(clock.instant(), caller.user(),
                "document.supplied", subject, null, number + " " + supply));
        return item(document, supply);
    }

    /** The pinned version's documents, as asked for given the frameworks of the inspections running beside. */
    private List<RequestedDocument> requested(Inspection inspection) {
        Set<String> beside = new HashSet<>();
        for (Inspection other : inspections.search(new InspectionQuery(inspection.localAuthority(), null, null))) {
            if (inspection.id().equals(other.concurrentWith()) || other.id().equals(inspection.concurrentWith())) {
                beside.add(other.framework().id());
            }
        }
        return lookup.pinned(inspection).framework().requestedDocuments().stream()
                .filter(d -> d.requestedBeside(beside)).toList();
    }

    private static ChecklistItem item(RequestedDocument document, Supply supply) {
        return supply == null ? new ChecklistItem(document, null, null, null)
                : new ChecklistItem(document, supply.by(), supply.at(), supply.note());
    }
}
