package org.inspectra.rest.representation;

import javax.validation.constraints.Size;

/** {@code POST /inspections/{id}/evidence/name-check} body: the text about to be recorded. */
public record NameCheckBody(@Size(max = 500) String source, @Size(max = 10_000) String summary) {
}
