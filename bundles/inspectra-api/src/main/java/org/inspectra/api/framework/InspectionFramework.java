package org.inspectra.api.framework;

import java.util.List;

/**
 * The service a framework bundle registers, one per framework version it provides. The platform tracks these as
 * bundles come and go; several versions of one framework may be registered side by side.
 */
public interface InspectionFramework {

    /** The version's content, immutable. */
    FrameworkDefinition definition();

    /** The rules that bind this version's grades together; none by default. */
    default List<JudgementRule> judgementRules() {
        return List.of();
    }
}
