package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

/** {@code PUT /inspections/{id}/status} body: the next status, and the inspection version the writer saw. */
public record StatusBody(@NotBlank @Size(max = 64) String status, @PositiveOrZero Long version) {
}
