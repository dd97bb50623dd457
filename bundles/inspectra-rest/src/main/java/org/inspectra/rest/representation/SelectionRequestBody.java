package org.inspectra.rest.representation;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;

/** {@code POST /inspections/{id}/selections} body: the stage, optionally the number of children and the seed. */
public record SelectionRequestBody(@NotBlank @Pattern(regexp = NewInspectionBody.KEBAB,
                                           message = "a kebab-case stage such as cohort") String stage,
                                   @Min(1) @Max(1000) Integer size, Long seed) {
}
