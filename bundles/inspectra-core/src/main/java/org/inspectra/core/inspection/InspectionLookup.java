package org.inspectra.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.RuleViolationException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.UnpublishedFirstVisit;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeDefinition;
import org.inspectra.api.theme.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An inspection with the framework version it is pinned to: what every piece of inspection work starts from. The
 * pinned version, never the newest, answers for the inspection's criteria, grades and rules; so does the pinned
 * version of its deep-dive theme, whose criteria count beside the framework's.
 */
@Component(service = InspectionLookup.class)
public final class InspectionLookup {

    private final InspectionStore store;
    private final FrameworkRegistry frameworks;
    private final ThemeRegistry themes;

    @Activate
    public InspectionLookup(@Reference InspectionStore store, @Reference FrameworkRegistry frameworks,
                            @Reference ThemeRegistry themes) {
        this.store = store;
        this.frameworks = frameworks;
        this.themes = themes;
    }

    /** @throws NotFoundException where there is no such inspection */
    public Inspection inspection(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No inspection " + id));
    }

    /**
     * The pinned framework version and theme version. A theme version whose bundle is not installed now is left out:
     * only the work that needs its criteria is refused ({@link Pinned#criteria()}).
     *
     * @throws ConflictException where the pinned framework version's bundle is not installed now
     */
    public Pinned pinned(Inspection inspection) {
        RegisteredFramework framework = frameworks.find(inspection.framework().id(), inspection.framework().version())
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework()
                        + " inspection " + inspection.id() + " is pinned to is not installed; an administrator "
                        + "must deploy it again"));
        InspectionType type = framework.definition().inspectionType(inspection.type())
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework()
                        + " no longer defines inspection type " + inspection.type()));
        DeepDiveTheme theme = inspection.theme() == null ? null : themes
                .find(inspection.framework().id(), inspection.theme(), inspection.themeVersion())
                .map(RegisteredTheme::theme).orElse(null);
        return new Pinned(inspection, framework.framework(), type, theme);
    }

    /**
     * An inspection, its pinned framework version, its inspection type and its pinned deep-dive theme version, or
     * {@code null} where it has no theme or the theme version's bundle is not installed now.
     */
    public record Pinned(Inspection inspection, InspectionFramework framework, InspectionType type,
                         DeepDiveTheme theme) {

        /** Without a theme. */
        public Pinned(Inspection inspection, InspectionFramework framework, InspectionType type) {
            this(inspection, framework, type, null);
        }

        /**
         * What the inspection leaves out where it is the first visit of its authority's first series of a type whose
         * such visit publishes nothing ({@code 000 §208} note 28); empty otherwise.
         */
        public Optional<UnpublishedFirstVisit> unpublished() {
            return Optional.ofNullable(type.unpublishedFirstVisit()).filter(u -> inspection.firstVisitOfFirstSeries());
        }

        public FrameworkDefinition definition() {
            return framework.definition();
        }

        public Optional<ThemeDefinition> themeDefinition() {
            return theme == null ? Optional.empty() : Optional.of(theme.definition());
        }

        /**
         * The criteria evidence is recorded against: the framework's, then the theme's.
         *
         * @throws ConflictException where the inspection's theme version is not installed now
         */
        public List<Criterion> criteria() {
            List<Criterion> criteria = new ArrayList<>(definition().criteria());
            installedTheme().ifPresent(t -> criteria.addAll(t.criteria()));
            return criteria;
        }

        /**
         * The pinned theme version, or empty where the inspection has no theme.
         *
         * @throws ConflictException where the inspection's theme version is not installed now
         */
        public Optional<ThemeDefinition> installedTheme() {
            if (inspection.theme() != null && theme == null) {
                throw new ConflictException("The deep-dive theme " + inspection.theme() + " version "
                        + inspection.themeVersion() + " inspection " + inspection.id() + " is pinned to is not "
                        + "installed; an administrator must deploy it again");
            }
            return themeDefinition();
        }

        /** @throws RuleViolationException where neither the framework nor the theme has the criterion */
        public Criterion criterion(String id) {
            return criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> {
                String where = definition().key() + themeDefinition().map(t -> " with theme " + t.key()).orElse("");
                return new RuleViolationException("No criterion " + id + " in " + where, List.of(new Violation(
                        "criterion", "unknown-criterion", where + " has criteria "
                        + criteria().stream().map(Criterion::id).toList())));
            });
        }
    }
}
