package org.inspectra.api.framework;

import java.util.List;

/**
 * An evaluation criterion evidence is recorded against: a heading (ILACS) or a numbered item (targeted ESN 01-22).
 *
 * @param id          kebab-case id, unique within the framework version
 * @param title       the heading as the seed words it
 * @param judgement   the judgement the criterion informs, or {@code null} where the inspection type grades nothing
 * @param source      seed paragraph
 * @param descriptors descriptor statements by grade
 */
public record Criterion(String id, String title, String judgement, String source, List<GradeDescriptor> descriptors) {
    public Criterion {
        descriptors = List.copyOf(descriptors);
    }
}
