package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code DELETE /admin/frameworks/{id}/versions/{version}?retire=true}. */
@Service
@Command(scope = "inspectra", name = "framework-retire",
        description = "Retires a framework version: no new inspections on it, those in flight keep it")
public final class FrameworkRetire extends FrameworkRemoval implements Action {

    @Override
    public Object execute() {
        return remove(true);
    }
}
