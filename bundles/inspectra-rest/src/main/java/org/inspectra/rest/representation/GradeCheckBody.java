package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

/** {@code POST /inspections/{id}/judgements/{judgementId}/check} body: the grade to try. */
public record GradeCheckBody(@NotBlank @Size(max = 64) String grade) {
}
