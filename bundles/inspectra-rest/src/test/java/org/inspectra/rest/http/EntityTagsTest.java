package org.inspectra.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aMatchingTagGivesItsVersionAndAStaleOneIs412() {
        assertThat(EntityTags.requireMatch(ifMatch("\"v3\""), 3)).contains(3L);
        assertThat(EntityTags.requireMatch(ifMatch("\"v2\", \"v3\""), 3)).contains(3L);
        assertThat(EntityTags.requireMatch(ifMatch("*"), 3)).isEmpty();
        assertThat(EntityTags.requireMatch(ifMatch(null), 3)).isEmpty();
        for (String stale : List.of("\"v2\"", "W/\"v3\"", "\"3\"", "\"vx\"", "garbage")) {
            assertThatThrownBy(() -> EntityTags.requireMatch(ifMatch(stale), 3)).as(stale)
                    .isInstanceOfSatisfying(WebApplicationException.class, e -> {
                        assertThat(e.getResponse().getStatus()).isEqualTo(412);
                        assertThat(e.getResponse().getEntityTag().getValue()).isEqualTo("v3");
                    });
        }
    }

    private static HttpHeaders ifMatch(String value) {
        return new HttpHeaders() {
            @Override
            public List<String> getRequestHeader(String name) {
                return value == null ? null : List.of(value);
            }

            @Override
            public String getHeaderString(String name) {
                return HttpHeaders.IF_MATCH.equals(name) ? value : null;
            }

            @Override
            public MultivaluedMap<String, String> getRequestHeaders() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<MediaType> getAcceptableMediaTypes() {
                return List.of();
            }

            @Override
            public List<Locale> getAcceptableLanguages() {
                return List.of();
            }

            @Override
            public MediaType getMediaType() {
                return null;
            }

            @Override
            public Locale getLanguage() {
                return null;
            }

            @Override
            public Map<String, Cookie> getCookies() {
                return Map.of();
            }

            @Override
            public java.util.Date getDate() {
                return null;
            }

            @Override
            public int getLength() {
                return -1;
            }
        };
    }
}
