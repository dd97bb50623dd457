package org.inspectra.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.resource.ClassLoaderResolver;
import org.apache.cxf.resource.ClasspathResolver;
import org.apache.cxf.resource.DefaultResourceManager;
import org.apache.cxf.resource.ResourceManager;
import org.apache.cxf.resource.ResourceResolver;
import org.junit.jupiter.api.Test;

class SystemClassPathLookupsTest {

    @Test
    void takesTheClassPathResolversPlaceAndAnswersAsItDoes() {
        ResourceResolver first = new ClassLoaderResolver(getClass().getClassLoader());
        ResourceResolver classPath = new ClasspathResolver();
        DefaultResourceManager resources = new DefaultResourceManager(List.of(first, classPath));
        ExtensionManagerBus bus = new ExtensionManagerBus();
        bus.setExtension(resources, ResourceManager.class);

        SystemClassPathLookups.install(bus);

        List<ResourceResolver> installed = resources.getResourceResolvers();
        assertThat(installed).hasSize(2);
        assertThat(installed.get(0)).isSameAs(first);
        assertThat(installed.get(1)).isInstanceOf(SystemClassPathLookups.class);
        ResourceResolver replacement = installed.get(1);
        // What CXF's servlet asks on every request: neither answers a class loader.
        assertThat(classPath.resolve("", ClassLoader.class)).isNull();
        assertThat(replacement.resolve("", ClassLoader.class)).isNull();
        // Anything else is looked up on the system class path as before.
        String resource = "org/junit/jupiter/api/Test.class";
        assertThat(replacement.resolve(resource, URL.class)).isEqualTo(classPath.resolve(resource, URL.class));
        // Installed once is enough: a second install finds nothing to replace.
        SystemClassPathLookups.install(bus);
        assertThat(resources.getResourceResolvers()).containsExactlyElementsOf(installed);
        bus.shutdown(true);
    }
}
