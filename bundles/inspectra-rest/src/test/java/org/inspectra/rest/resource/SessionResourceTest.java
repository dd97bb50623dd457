package org.inspectra.rest.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionResourceTest {

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureOverHttps() {
        assertThat(SessionResource.cookie("abc", 36_000, false))
                .isEqualTo("inspectra-session=abc; Path=/; Max-Age=36000; HttpOnly; SameSite=Strict");
        assertThat(SessionResource.cookie("abc", 36_000, true)).endsWith("; SameSite=Strict; Secure");
        assertThat(SessionResource.cookie("", 0, false)).startsWith("inspectra-session=; Path=/; Max-Age=0;");
    }
}
