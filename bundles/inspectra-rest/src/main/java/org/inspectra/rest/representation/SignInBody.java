package org.inspectra.rest.representation;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** {@code POST /session} body: a user of the realm and the password. */
public record SignInBody(@NotBlank @Size(max = 128) String user, @NotNull @Size(max = 512) String password) {
    @Override
    public String toString() {
        return "SignInBody[user=" + user + "]";
    }
}
