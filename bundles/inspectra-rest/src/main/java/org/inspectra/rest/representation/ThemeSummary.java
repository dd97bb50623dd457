package org.inspectra.rest.representation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.theme.RegisteredTheme;

/**
 * A deep-dive theme a framework offers (API.md, Frameworks: {@code themes: [{id, title}]}): the version a new
 * inspection would pin, and every installed version.
 */
public record ThemeSummary(String id, String title, String version, List<String> versions) {

    /** One summary per theme id, from the installed versions, oldest first as the registry orders them. */
    public static List<ThemeSummary> newest(List<RegisteredTheme> installed) {
        Map<String, List<RegisteredTheme>> byId = new LinkedHashMap<>();
        installed.forEach(t -> byId.computeIfAbsent(t.key().id(), id -> new ArrayList<>()).add(t));
        return byId.values().stream().map(ThemeSummary::of).toList();
    }

    private static ThemeSummary of(List<RegisteredTheme> versions) {
        RegisteredTheme newest = versions.get(versions.size() - 1);
        return new ThemeSummary(newest.key().id(), newest.definition().title(), newest.key().version(),
                versions.stream().map(t -> t.key().version()).toList());
    }
}
