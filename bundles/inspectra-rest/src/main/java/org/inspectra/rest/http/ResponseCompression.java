package org.inspectra.rest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Sends large answers gzip-compressed to clients that accept it, as browsers do (RFC 9110 §8.4, §12.5.3): a page of a
 * hundred inspections is some 340 KB of JSON and 13 KB compressed, which an inspector's laptop receives in one round
 * trip instead of many, and which costs the server and the network a twentieth of the bytes.
 *
 * <ul>
 * <li>Only an answer written as bytes of at least {@value #SMALLEST} bytes (TCP's initial window, ten segments,
 * RFC 6928) is compressed: a smaller one arrives in the first round trip anyway. Every such answer says
 * {@code Vary: Accept-Encoding}, compressed or not, so a cache keeps the two apart.</li>
 * <li>The answers kept as bytes (framework documents, inspections, a page of inspections; docs/performance.md) are
 * the same array while what they were written from stands, so their compressed form is kept beside them, by the
 * array's identity, and compressed once; any other array is compressed as it is sent.</li>
 * <li>A strong {@code ETag} names one representation (RFC 9110 §8.8.3), so the compressed one's tag gets
 * {@value #SUFFIX}; in {@code If-None-Match} and {@code If-Match} that suffix is taken off again before the resources
 * compare tags, so a client revalidating what it was sent compressed is answered {@code 304} as before, with the
 * tag it sent.</li>
 * </ul>
 */
@Priority(Priorities.ENTITY_CODER)
public final class ResponseCompression implements ContainerRequestFilter, ContainerResponseFilter {

    /** Bytes below which an answer goes as it is: TCP's initial window of ten segments (RFC 6928). */
    static final int SMALLEST = 14_600;

    /** Added inside a strong entity tag of a compressed answer. */
    static final String SUFFIX = "--gzip";

    /** Compressed bytes kept at most (about twenty pages of inspections and every framework document). */
    static final long KEPT_BYTES = 4L << 20;

    private static final String GZIP = "gzip";
    private static final String SENT_COMPRESSED_TAG = ResponseCompression.class.getName() + ".tag";

    private final Cache<byte[], byte[]> compressed = Caffeine.newBuilder().weakKeys().maximumWeight(KEPT_BYTES)
            .weigher((byte[] plain, byte[] gzip) -> gzip.length).executor(Runnable::run).build();

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> headers = request.getHeaders();
        for (String name : List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MATCH)) {
            List<String> values = headers.get(name);
            if (values != null && values.stream().anyMatch(v -> v.contains(SUFFIX + "\""))) {
                headers.put(name, values.stream().map(ResponseCompression::withoutSuffix).toList());
                request.setProperty(SENT_COMPRESSED_TAG, Boolean.TRUE);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
            // Revalidating the compressed form: the tag answered is the one the client holds.
            if (request.getProperty(SENT_COMPRESSED_TAG) != null && acceptsGzip(request)) {
                headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                tagCompressed(headers);
            }
            return;
        }
        if (!(response.getEntity() instanceof byte[] plain) || plain.length < SMALLEST
                || response.getStatus() >= 300 || headers.containsKey(HttpHeaders.CONTENT_ENCODING)) {
            return;
        }
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (!acceptsGzip(request)) {
            return;
        }
        response.setEntity(compressed.get(plain, ResponseCompression::gzip), response.getEntityAnnotations(),
                response.getMediaType());
        headers.putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
        tagCompressed(headers);
    }

    private static boolean acceptsGzip(ContainerRequestContext request) {
        return acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * Whether {@code Accept-Encoding} allows gzip (RFC 9110 §12.5.3): {@code gzip} (or {@code x-gzip}) with a weight
     * above zero, or {@code *} above zero where gzip is not itself refused. No header asks for the answer as it is.
     */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        for (String value : acceptEncoding) {
            for (String element : value.split(",")) {
                String[] parts = element.split(";");
                String coding = parts[0].trim().toLowerCase(Locale.ROOT);
                boolean wanted = weight(parts) > 0;
                if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                    gzip = wanted;
                } else if (coding.equals("*")) {
                    any = wanted;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    /** The {@code q} parameter of a coding, 1 where absent; 0 where it cannot be read. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static void tagCompressed(MultivaluedMap<String, Object> headers) {
        Object tag = headers.getFirst(HttpHeaders.ETAG);
        if (tag != null) {
            headers.putSingle(HttpHeaders.ETAG, withSuffix(tag.toString()));
        }
    }

    /** A strong tag {@code "x"} as {@code "x--gzip"}; a weak one (the same for either coding) as it is. */
    static String withSuffix(String tag) {
        String t = tag.trim();
        if (t.startsWith("W/") || !t.endsWith("\"") || t.endsWith(SUFFIX + "\"")) {
            return t;
        }
        return t.substring(0, t.length() - 1) + SUFFIX + "\"";
    }

    /** A conditional header's tags with the compressed form's suffix taken off. */
    static String withoutSuffix(String header) {
        return header.replace(SUFFIX + "\"", "\"");
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
