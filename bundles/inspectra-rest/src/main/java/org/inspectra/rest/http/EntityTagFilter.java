package org.inspectra.rest.http;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

/** Puts the {@code ETag} on every successful answer whose body is one {@link Versioned} resource. */
public final class EntityTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 300 && response.getEntity() instanceof Versioned versioned
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, EntityTags.of(versioned.entityVersion()));
        }
    }
}
