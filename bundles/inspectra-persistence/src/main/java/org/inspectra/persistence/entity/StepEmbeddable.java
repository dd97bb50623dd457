package org.inspectra.persistence.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Lob;

import org.inspectra.api.concern.Concern;

/** One step of a concern's workflow: what was said, by whom, when. Its columns are named where it is embedded. */
@Embeddable
public class StepEmbeddable {

    @Lob
    @Column(name = "text")
    private String text;

    @Column(name = "by_user", length = 128)
    private String by;

    @Column(name = "at_time")
    private Instant at;

    protected StepEmbeddable() {
        // for JPA
    }

    StepEmbeddable(Concern.Step step) {
        this.text = step.text();
        this.by = step.by();
        this.at = step.at();
    }

    static StepEmbeddable of(Concern.Step step) {
        return step == null ? null : new StepEmbeddable(step);
    }

    static Concern.Step toDomain(StepEmbeddable step) {
        return step == null || step.by == null ? null : new Concern.Step(step.text == null ? "" : step.text, step.by,
                step.at);
    }
}
