package org.inspectra.framework.targeted.internal;

import java.util.List;
import java.util.Optional;

/**
 * The deep dive themes a targeted inspection can take ({@code 003 §4}, Annex A). Each theme has its own criteria and
 * information request in separate guidance; this framework lists the themes so an inspection can name one. API.md
 * fixes the first theme's id. Not yet carried by the SPI.
 */
final class DeepDiveThemes {

    /**
     * One theme.
     *
     * @param id     kebab-case id
     * @param title  as Annex A's list words it
     * @param source seed section
     */
    record Theme(String id, String title, String source) {
    }

    static final List<Theme> ALL = List.of(
            new Theme("cse-missing", "the response to child sexual exploitation and those missing from home, care or "
                    + "education", "003 Annex A"));

    private DeepDiveThemes() {
    }

    static Optional<Theme> theme(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
