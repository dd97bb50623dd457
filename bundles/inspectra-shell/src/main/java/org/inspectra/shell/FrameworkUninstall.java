package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code DELETE /admin/frameworks/{id}/versions/{version}}: refused while open inspections pin the version. */
@Service
@Command(scope = "inspectra", name = "framework-uninstall",
        description = "Uninstalls a framework version no open inspection pins (one only closed ones pin is retired)")
public final class FrameworkUninstall extends FrameworkRemoval implements Action {

    @Override
    public Object execute() {
        return remove(false);
    }
}
