package org.inspectra.api.framework;

import java.util.List;

/**
 * A judgement the framework asks inspectors to grade.
 *
 * @param id          kebab-case id fixed by API.md
 * @param title       the framework's wording
 * @param kind        overall, key or graded
 * @param within      for a graded judgement, the key judgement it sits inside; otherwise {@code null}
 * @param source      seed paragraph
 * @param descriptors grade descriptors that apply to the judgement as a whole
 */
public record Judgement(String id, String title, JudgementKind kind, String within, String source,
                        List<GradeDescriptor> descriptors) {
    public Judgement {
        descriptors = List.copyOf(descriptors);
    }

    public Judgement(String id, String title, JudgementKind kind, String source) {
        this(id, title, kind, null, source, List.of());
    }
}
