package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

import org.inspectra.api.inspection.TeamMember;

/** A team member in a request: {@code {user, role}}. */
public record TeamMemberBody(@NotBlank @Size(max = 64) @Pattern(regexp = USER, message = USER_MESSAGE) String user,
                             @NotBlank @Size(max = 64) @Pattern(regexp = NewInspectionBody.KEBAB,
                                     message = "a kebab-case role such as lead-inspector") String role) {

    /** A user name of the realm: letters, digits and {@code . _ @ -}, no spaces, markup or control characters. */
    static final String USER = "[A-Za-z0-9][A-Za-z0-9._@-]*";
    static final String USER_MESSAGE = "a user name: letters, digits and . _ @ - only";

    public TeamMember toMember() {
        return new TeamMember(user, role);
    }
}
