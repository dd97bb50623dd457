package org.inspectra.itest;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the Inspectra API v1, as a client program would use it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(String base, String authorization) {
        this(base, authorization, Map.of());
    }

    private Api(String base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    /** The same client sending one more header with every request (a session cookie, an Origin, a token). */
    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, more);
    }

    /** The same client without credentials or extra headers. */
    public Api anonymous() {
        return new Api(base, null);
    }

    /** The server the container under test runs. */
    public static Api local() {
        return new Api("http://localhost:" + System.getProperty(InspectraTestSupport.PORT_PROPERTY) + "/api/v1",
                null);
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port + "/api/v1", null);
    }

    /** The server's root rather than its API: the web application's pages and files. */
    public static Api atRoot(int port) {
        return new Api("http://localhost:" + port, null);
    }

    /** The same server, as a user of the trial realm (distribution etc/users.properties). */
    public Api as(String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api asAdmin() {
        return as("admin", "admin");
    }

    public Api asLead() {
        return as("lead", "lead");
    }

    public Api asInspector() {
        return as("inspector", "inspector");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Any request as a client could write it, to a path from the server's root (outside the API too), the path and
     * query sent byte for byte as given (so broken percent-encoding and NUL escapes reach the server, which no URI
     * class lets through): HTTP/1.0 over a socket, headers in pairs (name, value).
     */
    public Reply raw(String method, String pathFromRoot, byte[] body, String... headers) {
        URI server = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(pathFromRoot).append(" HTTP/1.0\r\n")
                    .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body;
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, split < 0 ? answer.length() : split).split("\r\n");
            java.util.Map<String, java.util.List<String>> fields = new java.util.TreeMap<>(
                    String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    fields.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            java.net.http.HttpHeaders parsed = java.net.http.HttpHeaders.of(fields, (k, v) -> true);
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]),
                    parsed.firstValue("Content-Type").orElse(""), parsed.firstValue("Location").orElse(null),
                    parsed.firstValue("WWW-Authenticate").orElse(null), parsed.firstValue("Link").orElse(null),
                    split < 0 ? "" : answer.substring(split + 4), parsed);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A request to the API with extra headers in pairs (name, value), a JSON body or none. */
    public Reply call(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = request(path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postFile(String path, String contentType, Path file) {
        try {
            return send("POST", path, contentType, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request whose body the caller writes to the connection's output stream, as slowly as it likes: its length is
     * declared up front (no chunks), so the server knows the total while it reads.
     */
    public HttpURLConnection streaming(String method, String path, String contentType, long length)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(length);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(120_000);
        connection.setRequestProperty("Content-Type", contentType);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        return connection;
    }

    /** A GET asking for one media type, its body kept as bytes (a PDF, say). */
    public Document getAs(String path, String accept) {
        try {
            HttpResponse<byte[]> r = http.send(request(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Document(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().allValues("Warning"), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with extra headers in pairs (name, value), the answer's body kept as the bytes sent (not decoded). */
    public Bytes getBytes(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON text as a tree. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** An answer as sent: status, headers and the body's bytes. */
    public record Bytes(int status, java.net.http.HttpHeaders headers, byte[] body) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A GET with {@code If-None-Match} (none where null): the status, the tag and the body answered. */
    public Tagged getTagged(String path, String ifNoneMatch) {
        HttpRequest.Builder builder = request(path).GET();
        if (ifNoneMatch != null) {
            builder.header("If-None-Match", ifNoneMatch);
        }
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Tagged(r.statusCode(), r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Cache-Control").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A conditional GET's answer. */
    public record Tagged(int status, String etag, String cacheControl, String body) {
    }

    /** A document the API answered with. */
    public record Document(int status, String contentType, List<String> warnings, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Document expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text());
            }
            return this;
        }
    }

    /** Waits until the API answers its health check, as it does once every bundle behind it is up. */
    public Api awaitUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/health").status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // connection refused while the server starts
            }
            sleep(500);
        }
        throw new AssertionError("Inspectra did not come up within " + timeout + " at " + base);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headers.forEach(b::header);
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("WWW-Authenticate").orElse(null), r.headers().firstValue("Link")
                    .orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One response. */
    /** Asks again, ten times a second at most, until the answer is {@code done}; fails naming {@code what}. */
    public static Reply until(java.util.function.Supplier<Reply> request, java.util.function.Predicate<Reply> done,
                              Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            last = request.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(what + " within " + timeout + "; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    public record Reply(int status, String contentType, String location, String wwwAuthenticate, String link,
                        String body, java.net.http.HttpHeaders headers) {

        /** A header of the answer, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        /** Asserts the status, showing the body when it differs. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        /** Asserts an RFC 9457 problem with this status. */
        public JsonNode problem(int expected) {
            expect(expected);
            if (!contentType.startsWith("application/problem+json")) {
                throw new AssertionError("expected application/problem+json but got " + contentType + ": " + body);
            }
            JsonNode p = json();
            if (p.path("status").asInt() != expected || !p.hasNonNull("title") || !p.hasNonNull("type")) {
                throw new AssertionError("not a complete problem document: " + body);
            }
            if (body.contains("Exception") || body.contains("\tat ")) {
                throw new AssertionError("the problem leaks implementation detail: " + body);
            }
            return p;
        }
    }
}
