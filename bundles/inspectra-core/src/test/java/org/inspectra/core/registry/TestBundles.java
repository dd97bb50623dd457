package org.inspectra.core.registry;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** Bundles for the registry tests, answering only what the registries ask. */
final class TestBundles {

    private TestBundles() {
    }

    static Bundle bundle(long id, int state) {
        return bundle(id, new AtomicInteger(state));
    }

    /** A bundle whose state the test moves, as the framework would during an update. */
    static Bundle bundle(long id, AtomicInteger state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBundleId" -> id;
                    case "getState" -> state.get();
                    case "getSymbolicName" -> "inspectra-test-" + id;
                    case "getVersion" -> new Version(1, 0, 0);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
