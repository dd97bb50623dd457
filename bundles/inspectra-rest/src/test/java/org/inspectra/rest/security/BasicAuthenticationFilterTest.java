package org.inspectra.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class BasicAuthenticationFilterTest {

    @Test
    void anOriginIsSchemeHostAndAnyPortThatIsNotTheDefault() {
        assertThat(BasicAuthenticationFilter.originOf(URI.create("http://localhost:8181/api/v1/")))
                .isEqualTo("http://localhost:8181");
        assertThat(BasicAuthenticationFilter.originOf(URI.create("https://inspectra.example/api/v1")))
                .isEqualTo("https://inspectra.example");
        assertThat(BasicAuthenticationFilter.originOf(URI.create("https://inspectra.example:443/api/v1")))
                .isEqualTo("https://inspectra.example");
        assertThat(BasicAuthenticationFilter.originOf(URI.create("http://inspectra.example:80/api/v1")))
                .isEqualTo("http://inspectra.example");
    }

    @Test
    void basicCredentialsAreReadOnlyWhenWellFormed() {
        assertThat(BasicAuthenticationFilter.credentials("Basic bGVhZDpsZWFk")).get()
                .satisfies(c -> assertThat(c.user()).isEqualTo("lead"))
                .satisfies(c -> assertThat(new String(c.password())).isEqualTo("lead"));
        assertThat(BasicAuthenticationFilter.credentials("Basic !!!")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Bearer abc")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Basic OmxlYWQ=")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials(null)).isEmpty();
    }
}
