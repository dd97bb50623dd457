package org.inspectra.rest.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.resource.ClasspathResolver;
import org.apache.cxf.resource.ResourceManager;
import org.apache.cxf.resource.ResourceResolver;

/**
 * CXF's servlet asks the bus's resource manager, on every request, for a class loader to run the request under
 * ({@code ServletController.invoke}, where the bus has none of its own). CXF's {@link ClasspathResolver} answers that
 * by looking the empty name up on the system class path, which opens an entry of every jar on it, each under that jar's
 * lock, to return a URL, never a class loader: under load the request threads queued on those locks (the top wait of
 * the benchmark's profile, docs/performance.md). This resolver answers as CXF's does, without the lookup that cannot
 * answer a class loader; {@link #install} puts it in the place of CXF's, keeping the order of the others.
 */
final class SystemClassPathLookups extends ClasspathResolver {

    @Override
    public <T> T resolve(String resourceName, Class<T> resourceType) {
        // A URL is never a class loader: CXF's resolver would look through every jar to answer null.
        return resourceType == ClassLoader.class ? null : super.resolve(resourceName, resourceType);
    }

    /** Replaces CXF's own class-path resolver on the bus's resource manager, if it has one. */
    static void install(Bus bus) {
        ResourceManager resources = bus.getExtension(ResourceManager.class);
        if (resources == null) {
            return;
        }
        List<ResourceResolver> resolvers = new ArrayList<>(resources.getResourceResolvers());
        if (resolvers.stream().noneMatch(r -> r.getClass() == ClasspathResolver.class)) {
            return;
        }
        resolvers.forEach(resources::removeResourceResolver);
        // Each is added in front of the others: add them back last first, so their order stays as it was.
        for (int i = resolvers.size() - 1; i >= 0; i--) {
            ResourceResolver resolver = resolvers.get(i);
            resources.addResourceResolver(resolver.getClass() == ClasspathResolver.class
                    ? new SystemClassPathLookups() : resolver);
        }
    }
}
