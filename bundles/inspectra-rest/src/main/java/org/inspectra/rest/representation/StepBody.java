package org.inspectra.rest.representation;

import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

/**
 * A step of a concern or request: the response, the evaluation or a sign-off, with the version the writer saw. The
 * text is required except for a sign-off.
 */
public record StepBody(@Size(max = 10_000) String text, @PositiveOrZero Long version) {
}
