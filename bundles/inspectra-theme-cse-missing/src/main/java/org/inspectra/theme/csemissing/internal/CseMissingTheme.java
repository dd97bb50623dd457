package org.inspectra.theme.csemissing.internal;

import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.ThemeDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The first deep-dive theme of targeted inspections, as Annex A of {@code 003} lists it: "the response to child
 * sexual exploitation and those missing from home, care or education". The theme's own guidance is a separate
 * publication the seeds do not hold, so its content is derived from what the seeds say about these children; the
 * classes beside this one say from where.
 */
@Component(service = DeepDiveTheme.class)
public final class CseMissingTheme implements DeepDiveTheme {

    static final String ID = "cse-missing";
    static final String VERSION = "2016.01";
    static final String FRAMEWORK = "targeted";

    /** Annex A's words for the theme, its first letter raised. */
    static final String TITLE = "The response to child sexual exploitation and those missing from home, care or "
            + "education";

    static final ThemeDefinition DEFINITION = new ThemeDefinition(ID, VERSION, TITLE, FRAMEWORK, "003 Annex A",
            CseMissingCriteria.ALL, CseMissingChildList.LIST, CseMissingRequest.ALL, CseMissingSelection.HINTS);

    @Override
    public ThemeDefinition definition() {
        return DEFINITION;
    }
}
