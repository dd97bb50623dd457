package org.inspectra.api.registry;

import java.util.List;

import org.inspectra.api.theme.RegisteredTheme;

/**
 * What a deployed bundle provides: framework versions, deep-dive theme versions, or both; never neither.
 *
 * @param frameworks the framework versions it registered
 * @param themes     the theme versions it registered
 */
public record Deployment(List<RegisteredFramework> frameworks, List<RegisteredTheme> themes) {
    public Deployment {
        frameworks = List.copyOf(frameworks);
        themes = List.copyOf(themes);
    }

    public boolean isEmpty() {
        return frameworks.isEmpty() && themes.isEmpty();
    }
}
