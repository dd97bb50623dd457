package org.inspectra.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.nio.file.Path;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the built Inspectra distribution (distribution/target/*.tar.gz) under Pax Exam, on free ports so a server
 * running on the machine does not get in the way. Tests run inside the container and talk to it over HTTP.
 */
public abstract class InspectraTestSupport {

    /** Read inside the container: the HTTP port the test server listens on. */
    static final String PORT_PROPERTY = "inspectra.itest.port";

    @Configuration
    public Option[] config() {
        String archive = required("inspectra.distribution.archive");
        String port = String.valueOf(FreePorts.next());
        String localRepository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        java.util.List<Option> options = new java.util.ArrayList<>(java.util.List.of(
            karafDistributionConfiguration()
                    .frameworkUrl(new File(archive).toURI().toString())
                    .name("Inspectra")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", port),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                    String.valueOf(FreePorts.next())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                    String.valueOf(FreePorts.next())),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePorts.next())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    localRepository),
            editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, port),
            editConfigurationFilePut("etc/system.properties", "inspectra.testFramework.v1",
                    required("inspectra.testFramework.v1")),
            editConfigurationFilePut("etc/system.properties", "inspectra.testFramework.v2",
                    required("inspectra.testFramework.v2")),
            editConfigurationFilePut("etc/system.properties", "inspectra.testTheme.v1",
                    required("inspectra.testTheme.v1")),
            editConfigurationFilePut("etc/system.properties", "inspectra.testTheme.v2",
                    required("inspectra.testTheme.v2")),
            editConfigurationFilePut("etc/system.properties", "inspectra.generatedTheme",
                    required("inspectra.generatedTheme"))));
        if (TestDatabase.postgresql()) {
            // The same suite on PostgreSQL: a fresh database for this test class, the datasource pointed at it.
            TestDatabase database = TestDatabase.createPostgreSql();
            database.datasourceConfiguration().forEach((key, value) -> options.add(
                    editConfigurationFilePut("etc/org.ops4j.datasource-inspectra.cfg", key, value)));
            options.add(editConfigurationFilePut("etc/system.properties", "inspectra.itest.database", "postgresql"));
            options.add(editConfigurationFilePut("etc/system.properties", "inspectra.itest.password",
                    TestDatabase.PASSWORD));
        }
        return options.toArray(Option[]::new);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run through Maven");
        }
        return value;
    }

}
