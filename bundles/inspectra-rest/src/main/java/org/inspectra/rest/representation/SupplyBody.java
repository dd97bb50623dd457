package org.inspectra.rest.representation;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** {@code PUT /inspections/{id}/documents/{number}} body: supplied or not, with an optional note. */
public record SupplyBody(@NotNull Boolean supplied, @Size(max = 2_000) String note) {
}
