package org.inspectra.api.registry;

import java.util.List;
import java.util.Optional;

/** The framework versions installed now. */
public interface FrameworkRegistry {

    /** Every installed version, by framework id then version, oldest first. */
    List<RegisteredFramework> all();

    /** The newest version of a framework that is still active. */
    Optional<RegisteredFramework> newestActive(String frameworkId);

    /** One version, active or retired. */
    Optional<RegisteredFramework> find(String frameworkId, String version);
}
