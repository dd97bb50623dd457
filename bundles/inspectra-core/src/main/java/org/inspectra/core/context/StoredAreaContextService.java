package org.inspectra.core.context;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.inspectra.api.context.AreaContextService;
import org.inspectra.api.context.ContextStatement;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.ContextItem;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.ReportStatementStore.Statement;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.report.LeadStatements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The report's context section, fact by fact, from the pinned framework version's items; the lead inspector decides
 * what each statement says ({@code 004} Annex A, "Information about the local authority area").
 */
@Component(service = AreaContextService.class)
public final class StoredAreaContextService implements AreaContextService {

    private final ReportStatementStore store;
    private final InspectionLookup lookup;
    private final LeadStatements lead;

    @Activate
    public StoredAreaContextService(@Reference ReportStatementStore store, @Reference InspectionLookup lookup) {
        this(store, lookup, Clock.systemUTC());
    }

    StoredAreaContextService(ReportStatementStore store, InspectionLookup lookup, Clock clock) {
        this.store = store;
        this.lookup = lookup;
        this.lead = new LeadStatements(store, clock);
    }

    @Override
    public List<ContextStatement> statements(String inspectionId, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireTeamOrLink(pinned.inspection(), caller);
        Map<String, Statement> written = store.statements(inspectionId, ReportStatementStore.CONTEXT);
        return pinned.framework().areaContext().stream().map(item -> statement(item, written.get(item.id())))
                .toList();
    }

    @Override
    public ContextStatement write(String inspectionId, String itemId, String statement, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        InspectionAccess.requireLead(pinned.inspection(), caller);
        ContextItem item = pinned.framework().areaContext().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException(pinned.definition().key() + " has no context fact "
                        + itemId));
        return statement(item, lead.write(pinned.inspection(), ReportStatementStore.CONTEXT, itemId, statement,
                "statement", caller));
    }

    private static ContextStatement statement(ContextItem item, Statement written) {
        return written == null ? new ContextStatement(item, null, null, null)
                : new ContextStatement(item, written.text(), written.by(), written.at());
    }
}
