package org.inspectra.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The datasource the suite runs on is the one it was given: embedded Derby as shipped, PostgreSQL in the
 * {@code postgresql} execution; and the database password shows neither in the DataSource service's properties nor in
 * the log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatasourceIT extends InspectraTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=inspectra)")
    private DataSource dataSource;

    @Inject
    private BundleContext context;

    @Test
    public void theServerRunsOnTheDatabaseItWasGivenAndKeepsThePasswordToItself() throws Exception {
        Api.local().awaitUp(Duration.ofMinutes(3)).asAdmin().get("/frameworks").expect(200);
        boolean postgresql = "postgresql".equals(System.getProperty("inspectra.itest.database"));
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(postgresql ? "PostgreSQL" : "Apache Derby", connection.getMetaData().getDatabaseProductName());
        }
        String password = System.getProperty("inspectra.itest.password");
        if (password != null) {
            for (ServiceReference<?> reference : context.getServiceReferences(DataSource.class.getName(), null)) {
                for (String key : reference.getPropertyKeys()) {
                    assertFalse(key + " shows the password",
                            String.valueOf(reference.getProperty(key)).contains(password));
                }
            }
            Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
            assertFalse("the log shows the password", Files.readString(log).contains(password));
        }
    }
}
