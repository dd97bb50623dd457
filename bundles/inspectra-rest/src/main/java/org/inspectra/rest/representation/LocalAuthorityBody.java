package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** {@code PUT /local-authorities/{code}} body. */
public record LocalAuthorityBody(@NotBlank @Size(max = 200) String name) {
}
