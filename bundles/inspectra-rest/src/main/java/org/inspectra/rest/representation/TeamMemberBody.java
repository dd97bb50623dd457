package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

import org.inspectra.api.inspection.TeamMember;

/** A team member in a request: {@code {user, role}}. */
public record TeamMemberBody(@NotBlank @Size(max = 128) String user,
                             @NotBlank @Pattern(regexp = NewInspectionBody.KEBAB,
                                     message = "a kebab-case role such as lead-inspector") String role) {

    public TeamMember toMember() {
        return new TeamMember(user, role);
    }
}
