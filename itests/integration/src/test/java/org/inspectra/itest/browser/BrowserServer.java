package org.inspectra.itest.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.inspectra.itest.Api;
import org.inspectra.itest.KarafServer;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One copy of the built distribution for every browser test of the run, started on first use and stopped when the
 * run ends (a resource of JUnit's root context), so the suite pays for one server start.
 */
public final class BrowserServer implements ExtensionContext.Store.CloseableResource {

    private final KarafServer server;
    private final Api api;

    private BrowserServer() {
        server = KarafServer.copyOfDistribution(Path.of("target", "browser-server").toAbsolutePath());
        api = server.startAndAwait(Duration.ofMinutes(3));
        Api admin = api.asAdmin();
        admin.put("/local-authorities/330", "{\"name\":\"Birmingham\"}");
        admin.put("/local-authorities/331", "{\"name\":\"Coventry\"}");
    }

    /** The run's server, started if it is not yet. */
    public static BrowserServer of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BrowserServer.class, k -> new BrowserServer(), BrowserServer.class);
    }

    /** The API, without credentials. */
    public Api api() {
        return api;
    }

    /** The server's root, where the application is: {@code http://localhost:<port>}. */
    public String root() {
        return "http://localhost:" + server.port();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
