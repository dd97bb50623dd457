package org.inspectra.itest.theme;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.InformationItem;
import org.inspectra.api.theme.SelectionHint;
import org.inspectra.api.theme.ThemeDefinition;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The deep-dive theme {@code test-deep-dive} of the targeted framework, for integration tests only. Its version comes
 * from the bundle's {@code Inspectra-Test-Theme-Version} header, so one source builds both versions; version 2.0 adds
 * a criterion, which lets a test see which version an inspection is pinned to.
 */
@Component(service = DeepDiveTheme.class)
public final class TestTheme implements DeepDiveTheme {

    private final ThemeDefinition definition;

    @Activate
    public TestTheme(BundleContext context) {
        this.definition = definition(context.getBundle().getHeaders().get("Inspectra-Test-Theme-Version"));
    }

    static ThemeDefinition definition(String version) {
        List<Criterion> criteria = new ArrayList<>(List.of(
                new Criterion("test-deep-dive-practice", "Practice with the children of the deep dive", null,
                        "test §1", List.of())));
        if (!version.startsWith("1")) {
            criteria.add(new Criterion("test-deep-dive-v2-only", "Added in version 2", null, "test §2", List.of()));
        }
        return new ThemeDefinition("test-deep-dive", version, "Test deep dive " + version, "targeted", "test",
                criteria,
                new ChildListSpec("test-deep-dive-children", "Children of the test deep dive", "test §3", true,
                        List.of(new FieldSpec("child-id", "Child ID", FieldType.CHILD_ID, true, List.of(),
                                List.of()))),
                List.of(new InformationItem("test-plan", "The test plan", "test §4")),
                List.of(new SelectionHint("test-balance", "a balance of ages", "test §5")));
    }

    @Override
    public ThemeDefinition definition() {
        return definition;
    }
}
