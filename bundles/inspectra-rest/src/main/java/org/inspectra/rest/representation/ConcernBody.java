package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotEmpty;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.inspectra.api.concern.ConcernReferral;

/** {@code POST /inspections/{id}/concerns} body: a concern referral ({@code 003 §74}, Annex C). */
public record ConcernBody(@NotNull Integer category, @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 64) String> caseReferences,
                          @NotNull LocalDate referredOn, @NotBlank @Size(max = 200) String laTeam,
                          @NotBlank @Size(max = 10_000) String issues, @NotNull LocalDate responseDue) {

    public ConcernReferral toReferral() {
        return new ConcernReferral(category, caseReferences, referredOn, laTeam, issues, responseDue);
    }
}
