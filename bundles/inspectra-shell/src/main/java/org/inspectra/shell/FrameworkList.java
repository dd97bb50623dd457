package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.inspectra.api.registry.FrameworkAdministration;
import org.inspectra.api.registry.InstalledFramework;

/** {@code GET /admin/frameworks} in the shell. */
@Service
@Command(scope = "inspectra", name = "framework-list",
        description = "Installed framework versions: status, bundle and the inspections pinned to each")
public final class FrameworkList implements Action {

    @Reference
    FrameworkAdministration administration;

    @Override
    public Object execute() {
        ShellCaller.administrator();
        ShellTable table = new ShellTable();
        table.column("Framework");
        table.column("Version");
        table.column("Status");
        table.column("Bundle");
        table.column("State");
        table.column("Open").alignRight();
        table.column("All").alignRight();
        for (InstalledFramework f : administration.installed()) {
            table.addRow().addContent(f.framework().key().id(), f.framework().key().version(),
                    f.framework().status().name().toLowerCase(java.util.Locale.ROOT),
                    f.framework().bundle().symbolicName() + " [" + f.framework().bundle().id() + "]",
                    f.framework().bundle().state(), f.openInspections(), f.allInspections());
        }
        table.print(System.out);
        return null;
    }
}
