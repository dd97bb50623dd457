package org.inspectra.rest.representation;

import java.util.List;

import org.inspectra.api.registry.ProvidingBundle;
import org.inspectra.api.theme.InformationItem;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.SelectionHint;
import org.inspectra.api.theme.ThemeDefinition;

/**
 * One deep-dive theme version in full: its criteria (recorded against beside the framework's), its deep-dive list,
 * its information request and selection hints, all with their seed paragraphs, and the bundle it comes from.
 */
public record ThemeDetail(String id, String version, String title, String framework, String source,
                          List<FrameworkDetail.CriterionDetail> criteria, FrameworkDetail.ChildListDetail childList,
                          List<InformationItem> informationRequest, List<SelectionHint> selectionHints,
                          ProvidingBundle bundle) {

    public static ThemeDetail of(RegisteredTheme t) {
        ThemeDefinition d = t.definition();
        return new ThemeDetail(d.id(), d.version(), d.title(), d.framework(), d.source(),
                d.criteria().stream().map(FrameworkDetail::criterion).toList(),
                FrameworkDetail.childList(d.childList()),
                d.informationRequest(), d.selectionHints(), t.bundle());
    }
}
