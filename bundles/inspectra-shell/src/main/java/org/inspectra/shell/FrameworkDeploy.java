package org.inspectra.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.inspectra.api.registry.Deployment;
import org.inspectra.api.registry.FrameworkAdministration;

/** {@code POST /admin/frameworks} in the shell: the same checks, the same audit entry. */
@Service
@Command(scope = "inspectra", name = "framework-deploy",
        description = "Installs (or updates in place) a framework or deep-dive theme bundle and starts it")
public final class FrameworkDeploy implements Action {

    @Reference
    FrameworkAdministration administration;

    @Argument(index = 0, name = "bundle", required = true,
            description = "The bundle: a file path, or a URL (file:, mvn:, http:)")
    @Completion(FileCompleter.class)
    String bundle;

    @Override
    public Object execute() throws IOException {
        var caller = ShellCaller.administrator();
        Deployment deployed;
        try (InputStream in = open(bundle)) {
            deployed = administration.deploy(in, caller);
        }
        deployed.frameworks().forEach(f -> System.out.println("Deployed framework " + f.key().id() + " "
                + f.key().version() + " (" + f.bundle().symbolicName() + ")"));
        deployed.themes().forEach(t -> System.out.println("Deployed theme " + t.key()));
        return null;
    }

    static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        // mvn: and other URL handlers registered in the framework are reached through java.net.URL.
        return URI.create(location).toURL().openStream();
    }
}
