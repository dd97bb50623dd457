package org.inspectra.rest.representation;

import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

/**
 * {@code PUT /inspections/{id}/judgements/{judgementId}} body (API.md, Judgements). {@code acceptWarnings} names the
 * soft rules the team accepts with its rationale; {@code version} is the grade's version the writer saw (0 where it
 * had none), to refuse a lost update.
 */
public record GradeBody(@NotBlank @Size(max = 64) String grade, @Size(max = 5_000) String rationale,
                        @Size(max = 20) List<@NotNull @Size(max = 128) String> acceptWarnings,
                        @PositiveOrZero Long version) {
}
