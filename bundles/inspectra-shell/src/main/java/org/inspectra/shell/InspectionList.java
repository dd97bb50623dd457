package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;

/** {@code GET /inspections?localAuthority=&framework=&status=} in the shell. */
@Service
@Command(scope = "inspectra", name = "inspection-list", description = "Inspections, filtered as the REST API filters")
public final class InspectionList implements Action {

    @Reference
    InspectionService inspections;

    @Option(name = "--authority", aliases = "-a", description = "The local authority's DfE number, e.g. 330")
    String authority;

    @Option(name = "--framework", aliases = "-f", description = "A framework id, e.g. ilacs")
    @Completion(FrameworkIdCompleter.class)
    String framework;

    @Option(name = "--status", aliases = "-s", description = "A status, e.g. notified, fieldwork, published")
    @Completion(StatusCompleter.class)
    String status;

    @Override
    public Object execute() {
        ShellCaller.administrator();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Authority");
        table.column("Framework");
        table.column("Type");
        table.column("Status");
        table.column("Notified");
        for (Inspection i : inspections.search(new InspectionQuery(authority, framework, status))) {
            table.addRow().addContent(i.id(), i.localAuthority(), i.framework().id() + " " + i.framework().version(),
                    i.type(), i.addedStatus() != null ? i.addedStatus() : i.status().id(), i.notifiedOn());
        }
        table.print(System.out);
        return null;
    }
}
