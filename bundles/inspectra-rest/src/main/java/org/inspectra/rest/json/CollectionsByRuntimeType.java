package org.inspectra.rest.json;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Collection;

import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

/**
 * Writes a collection by its runtime class rather than the declared {@code List<View>}. Given a declared generic type,
 * Jackson's JAX-RS provider specialises it to the runtime class on every write ({@code List<View>} to
 * {@code ImmutableCollections$ListN}); each specialisation resolves the supertypes with new placeholder bindings that
 * never match a cached type, so Jackson's type cache grew, evicted and was re-filled on every response, with every
 * request thread queueing on one lock of it (docs/performance.md). The elements are records serialised by their own
 * runtime class either way, so the JSON is the same.
 */
public final class CollectionsByRuntimeType implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Type declared = context.getGenericType();
        if (context.getEntity() instanceof Collection<?> && !(declared instanceof Class<?>)) {
            context.setGenericType(context.getType());
        }
        context.proceed();
    }
}
