package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;

/** {@code PUT /inspections/{id}/status} body: the next status, and the inspection version the writer saw. */
public record StatusBody(@NotBlank String status, Long version) {
}
