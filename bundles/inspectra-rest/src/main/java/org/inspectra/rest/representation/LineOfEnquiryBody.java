package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** {@code POST /inspections/{id}/lines-of-enquiry} body. */
public record LineOfEnquiryBody(@NotBlank @Size(max = 2_000) String question, @Size(max = 128) String criterion) {
}
