package org.inspectra.rest.page;

import java.util.function.Function;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.inspectra.api.page.Page;

/** Answers a paged list (API.md, Paging): the page's items as a JSON array, the next page in a Link header. */
public final class Paging {

    /** How the OpenAPI document describes the Link header of a paged list. */
    public static final String LINK = "<URL of the next page>; rel=\"next\": this request with the next page's cursor; "
            + "absent on the last page";

    private Paging() {
    }

    /** 200 with the page's items as they are and, where a next page exists, a {@code Link rel="next"} to it. */
    public static Response ok(Page<?> page, UriInfo uri) {
        return ok(page, Function.identity(), uri);
    }

    /**
     * 200 with the page's items already written as a JSON array (the same body {@link #ok(Page, Function, UriInfo)}
     * would write) and, where a next page exists, the same {@code Link rel="next"}.
     */
    public static Response ok(byte[] jsonArray, Page<?> page, UriInfo uri) {
        return ok(jsonArray, page.next(), uri);
    }

    /** The same, with the next page's cursor, or null on the last page. */
    public static Response ok(byte[] jsonArray, String nextCursor, UriInfo uri) {
        return withNext(Response.ok(jsonArray, MediaType.APPLICATION_JSON_TYPE), nextCursor, uri);
    }

    /**
     * 200 with the page's items turned into views and, where a next page exists, a {@code Link rel="next"} to this
     * request with its cursor in place of any other (the other query parameters kept).
     */
    public static <T, V> Response ok(Page<T> page, Function<? super T, ? extends V> view, UriInfo uri) {
        return withNext(Response.ok(page.items().stream().map(view).toList()), page.next(), uri);
    }

    private static Response withNext(Response.ResponseBuilder answer, String nextCursor, UriInfo uri) {
        if (nextCursor != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build(), "next");
        }
        return answer.build();
    }
}
