package org.inspectra.api.registry;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionFramework;

/**
 * A framework version as the running platform has it.
 *
 * @param framework the framework service
 * @param status    active or retired
 * @param bundle    the bundle that provides it
 */
public record RegisteredFramework(InspectionFramework framework, FrameworkStatus status, ProvidingBundle bundle) {

    public FrameworkDefinition definition() {
        return framework.definition();
    }

    public FrameworkKey key() {
        return definition().key();
    }

    public boolean active() {
        return status == FrameworkStatus.ACTIVE;
    }
}
