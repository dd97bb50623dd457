package org.inspectra.shell;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.inspectra.api.inspection.InspectionStatus;

/** Completes the platform's inspection statuses. */
@Service
public final class StatusCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(InspectionStatus.values()).map(InspectionStatus::id).toList())
                .complete(session, commandLine, candidates);
    }
}
