package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeRegistry;

/** The deep-dive themes installed, as {@code GET /frameworks/{id}} lists them. */
@Service
@Command(scope = "inspectra", name = "theme-list", description = "Installed deep-dive theme versions and their bundles")
public final class ThemeList implements Action {

    @Reference
    ThemeRegistry themes;

    @Override
    public Object execute() {
        ShellCaller.administrator();
        ShellTable table = new ShellTable();
        table.column("Framework");
        table.column("Theme");
        table.column("Version");
        table.column("Title");
        table.column("Bundle");
        for (RegisteredTheme t : themes.all()) {
            table.addRow().addContent(t.key().framework(), t.key().id(), t.key().version(), t.definition().title(),
                    t.bundle().symbolicName() + " [" + t.bundle().id() + "]");
        }
        table.print(System.out);
        return null;
    }
}
