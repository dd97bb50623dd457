package org.inspectra.core.inspection;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.store.InspectionStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An inspection with the framework version it is pinned to: what every piece of inspection work starts from. The
 * pinned version, never the newest, answers for the inspection's criteria, grades and rules.
 */
@Component(service = InspectionLookup.class)
public final class InspectionLookup {

    private final InspectionStore store;
    private final FrameworkRegistry frameworks;

    @Activate
    public InspectionLookup(@Reference InspectionStore store, @Reference FrameworkRegistry frameworks) {
        this.store = store;
        this.frameworks = frameworks;
    }

    /** @throws NotFoundException where there is no such inspection */
    public Inspection inspection(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No inspection " + id));
    }

    /** @throws ConflictException where the pinned version's bundle is not installed now */
    public Pinned pinned(Inspection inspection) {
        RegisteredFramework framework = frameworks.find(inspection.framework().id(), inspection.framework().version())
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework()
                        + " inspection " + inspection.id() + " is pinned to is not installed; an administrator "
                        + "must deploy it again"));
        InspectionType type = framework.definition().inspectionType(inspection.type())
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework()
                        + " no longer defines inspection type " + inspection.type()));
        return new Pinned(inspection, framework.framework(), type);
    }

    /** An inspection, its pinned framework version and its inspection type. */
    public record Pinned(Inspection inspection, InspectionFramework framework, InspectionType type) {
        public FrameworkDefinition definition() {
            return framework.definition();
        }
    }
}
