package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ImportProgress;

/** Every child-list upload running now, and each list's last one since the server started. */
@Service
@Command(scope = "inspectra", name = "import-status",
        description = "Child-list uploads: running ones with their progress, then each list's last finished one")
public final class ImportStatus implements Action {

    @Reference
    ChildDataService childData;

    @Override
    public Object execute() {
        var caller = ShellCaller.administrator();
        ShellTable table = new ShellTable();
        table.column("Inspection");
        table.column("List");
        table.column("State");
        table.column("%").alignRight();
        table.column("Rows").alignRight();
        table.column("Accepted").alignRight();
        table.column("Rejected").alignRight();
        table.column("By");
        table.column("Started");
        for (ImportProgress p : childData.imports(caller)) {
            table.addRow().addContent(p.inspectionId(), p.listId(),
                    p.state().name().toLowerCase(java.util.Locale.ROOT), p.percent() == null ? "" : p.percent(),
                    p.rowsRead(), p.rowsAccepted(), p.rowsRejected(), p.startedBy(), p.startedAt());
        }
        table.print(System.out);
        return null;
    }
}
