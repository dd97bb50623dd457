package org.inspectra.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.inspectra.api.registry.FrameworkAdministration;
import org.inspectra.api.registry.RemovalOutcome;

/** {@code DELETE /admin/frameworks/{id}/versions/{version}} in the shell, retiring or not. */
abstract class FrameworkRemoval {

    @Reference
    FrameworkAdministration administration;

    @Argument(index = 0, name = "id", required = true, description = "The framework id, e.g. ilacs")
    @Completion(FrameworkIdCompleter.class)
    String id;

    @Argument(index = 1, name = "version", required = true, description = "The framework version, e.g. 2018.12")
    @Completion(FrameworkVersionCompleter.class)
    String version;

    Object remove(boolean retire) {
        RemovalOutcome outcome = administration.remove(id, version, retire, ShellCaller.administrator());
        System.out.println(id + " " + version + (outcome == RemovalOutcome.RETIRED
                ? " retired: inspections in flight keep it, new ones cannot start on it"
                : " uninstalled"));
        return null;
    }
}
