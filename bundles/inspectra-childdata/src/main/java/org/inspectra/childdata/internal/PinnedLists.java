package org.inspectra.childdata.internal;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.quality.CheckContext;
import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.theme.ThemeRegistry;

/**
 * What an inspection's pinned framework version (and deep-dive theme version) says of its child-level lists: the lists
 * and the consistency rules run over them, the platform's and the framework's own.
 */
final class PinnedLists {

    private final FrameworkRegistry frameworks;
    private final ThemeRegistry themes;
    private final List<ConsistencyCheck> platformChecks;

    PinnedLists(FrameworkRegistry frameworks, ThemeRegistry themes, List<ConsistencyCheck> platformChecks) {
        this.frameworks = frameworks;
        this.themes = themes;
        this.platformChecks = List.copyOf(platformChecks);
    }

    /** The pinned framework version's lists, then the pinned deep-dive theme version's list, if any. */
    List<ChildListSpec> lists(Inspection inspection) {
        List<ChildListSpec> lists = new ArrayList<>(framework(inspection).definition().childLists());
        if (inspection.theme() != null) {
            lists.add(themes.find(inspection.framework().id(), inspection.theme(), inspection.themeVersion())
                    .map(t -> t.definition().childList())
                    .orElseThrow(() -> new ConflictException("The deep-dive theme " + inspection.theme() + " version "
                            + inspection.themeVersion() + " inspection " + inspection.id() + " is pinned to is not "
                            + "installed; an administrator must deploy it again")));
        }
        return lists;
    }

    ChildListSpec list(Inspection inspection, String listId) {
        return lists(inspection).stream().filter(l -> l.id().equals(listId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The framework " + inspection.framework()
                        + (inspection.theme() == null ? " has" : " and the theme " + inspection.theme() + " "
                        + inspection.themeVersion() + " have") + " no child-level list " + listId));
    }

    /** The platform's rules, then the framework version's own (a code the platform uses is the platform's). */
    List<ConsistencyCheck> checks(Inspection inspection) {
        List<ConsistencyCheck> checks = new ArrayList<>(platformChecks);
        List<String> codes = new ArrayList<>(checks.stream().map(c -> c.rule().code()).toList());
        for (ConsistencyCheck own : framework(inspection).framework().consistencyChecks()) {
            if (!codes.contains(own.rule().code())) {
                codes.add(own.rule().code());
                checks.add(own);
            }
        }
        return checks;
    }

    static CheckContext context(Inspection inspection) {
        return new CheckContext(inspection.id(), inspection.framework(), inspection.notifiedOn());
    }

    private RegisteredFramework framework(Inspection inspection) {
        return frameworks.find(inspection.framework().id(), inspection.framework().version())
                .orElseThrow(() -> new ConflictException("The framework " + inspection.framework() + " inspection "
                        + inspection.id() + " is pinned to is not installed; an administrator must deploy it again"));
    }
}
