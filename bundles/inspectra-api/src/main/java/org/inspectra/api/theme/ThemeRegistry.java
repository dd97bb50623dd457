package org.inspectra.api.theme;

import java.util.List;
import java.util.Optional;

/** The deep-dive theme versions installed now. */
public interface ThemeRegistry {

    /** Every installed theme version, by framework, theme id, then version, oldest first. */
    List<RegisteredTheme> all();

    /** The installed theme versions of one framework, as {@link #all()} orders them. */
    default List<RegisteredTheme> of(String frameworkId) {
        return all().stream().filter(t -> t.key().framework().equals(frameworkId)).toList();
    }

    /** The newest installed version of a theme, the one a new inspection pins. */
    Optional<RegisteredTheme> newest(String frameworkId, String themeId);

    /** One version. */
    Optional<RegisteredTheme> find(String frameworkId, String themeId, String version);
}
