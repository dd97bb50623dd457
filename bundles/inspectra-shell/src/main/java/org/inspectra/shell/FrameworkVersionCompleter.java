package org.inspectra.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.inspectra.api.registry.FrameworkRegistry;

/** Completes the installed versions of the framework named by the argument before. */
@Service
public final class FrameworkVersionCompleter implements Completer {

    @Reference
    FrameworkRegistry frameworks;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String[] args = commandLine.getArguments();
        int current = commandLine.getCursorArgumentIndex();
        String id = current > 0 && current - 1 < args.length ? args[current - 1] : null;
        StringsCompleter versions = new StringsCompleter();
        frameworks.all().stream().filter(f -> id == null || f.key().id().equals(id))
                .forEach(f -> versions.getStrings().add(f.key().version()));
        return versions.complete(session, commandLine, candidates);
    }
}
