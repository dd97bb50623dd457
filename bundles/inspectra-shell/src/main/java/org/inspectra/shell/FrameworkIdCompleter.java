package org.inspectra.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.inspectra.api.registry.FrameworkRegistry;

/** Completes the ids of installed frameworks. */
@Service
public final class FrameworkIdCompleter implements Completer {

    @Reference
    FrameworkRegistry frameworks;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        frameworks.all().forEach(f -> ids.getStrings().add(f.key().id()));
        return ids.complete(session, commandLine, candidates);
    }
}
