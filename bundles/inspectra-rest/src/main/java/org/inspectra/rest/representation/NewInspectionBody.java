package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

import org.inspectra.api.inspection.NewInspection;

/** {@code POST /inspections} body (API.md, Inspections). */
public record NewInspectionBody(
        @NotBlank @Pattern(regexp = "\\d{3}", message = "the DfE three-digit LA number, e.g. 330") String localAuthority,
        @NotBlank @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String framework,
        @Size(min = 1, max = 64) String frameworkVersion,
        @NotBlank @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String type,
        @NotNull LocalDate notifiedOn,
        @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String theme,
        @Size(min = 1, max = 64) String concurrentWith,
        @Size(max = 20) List<@Valid @NotNull TeamMemberBody> team,
        @Size(max = 20) List<@NotNull @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String> topics) {

    static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String KEBAB_MESSAGE = "a lower-case kebab-case id";

    public NewInspection toRequest() {
        return new NewInspection(localAuthority, framework, frameworkVersion, type, notifiedOn, theme, concurrentWith,
                team == null ? List.of() : team.stream().map(TeamMemberBody::toMember).toList(), topics);
    }
}
