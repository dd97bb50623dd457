package org.inspectra.rest.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.inspectra.rest.json.JsonMapping;

/**
 * Documents that change only when what they are made from changes (a framework version is immutable; the list of
 * versions changes with a deployment or a retirement), built and serialised once per state and served as bytes with
 * a strong {@code ETag}; a request whose {@code If-None-Match} names it is answered {@code 304} (API.md, Conditional
 * requests). The caller names the state: any value whose {@code equals} changes with the document.
 */
public final class SerialisedDocuments {

    /** Documents kept at most; past it the cache starts afresh (versions are few: a bound, not a policy). */
    static final int MAX_DOCUMENTS = 256;

    /** Clients may keep a document but must ask whether it is still current before using it. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");

    /** An entity tag, weak or strong (its opaque part in group 1), or {@code *}. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"([^\"]*)\"|\\*");

    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Map<Object, Document> documents = new ConcurrentHashMap<>();

    /** A serialised document and its tag. */
    public record Document(byte[] json, EntityTag tag) {
    }

    /** The document for {@code state}, built by {@code build} the first time that state is asked for. */
    public Document of(Object state, Supplier<?> build) {
        Document known = documents.get(state);
        if (known != null) {
            return known;
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            documents.clear();
        }
        Document made = serialise(build.get());
        documents.put(state, made);
        return made;
    }

    /**
     * 304 where the request's {@code If-None-Match} names this document (or is {@code *}), else 200 with it; both
     * with its tag. Tags compare weakly, as RFC 9110 has it for {@code If-None-Match}; a header may list several.
     */
    public static Response answer(Document document, HttpHeaders headers) {
        List<String> ifNoneMatch = headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.stream().anyMatch(h -> names(h, document.tag().getValue()))) {
            return Response.notModified(document.tag()).cacheControl(REVALIDATE).build();
        }
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE).tag(document.tag())
                .cacheControl(REVALIDATE).build();
    }

    /** Whether an {@code If-None-Match} value names the tag: {@code *}, or the tag among its entity tags. */
    static boolean names(String header, String tag) {
        Matcher tags = ENTITY_TAG.matcher(header);
        while (tags.find()) {
            if (tags.group().equals("*") || tag.equals(tags.group(1))) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return documents.size();
    }

    private Document serialise(Object value) {
        try {
            byte[] json = mapper.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
            return new Document(json, new EntityTag(tag));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a framework document did not serialise", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String text(Document document) {
        return new String(document.json(), StandardCharsets.UTF_8);
    }
}
