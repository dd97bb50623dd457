package org.inspectra.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The API as one user sees it; fails loudly on any answer but the expected one. */
final class Client {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;
    private final String base;
    private final String authorization;

    Client(int port, String user) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port + "/api/v1";
        this.authorization = user == null ? null : basic(user, user);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    int port() {
        return port;
    }

    String url(String path) {
        return base + path;
    }

    String authorization() {
        return authorization;
    }

    /** The status of a GET, or -1 where the server does not answer (yet). */
    int status(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notUp) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    JsonNode get(String path) {
        return json(send(request(path).GET(), 200));
    }

    /** One page of a list and the path of the next, from its Link rel="next" (null on the last). */
    record Page(JsonNode items, String next) {
    }

    Page page(String path) {
        try {
            HttpResponse<String> response = HTTP.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            String next = response.headers().firstValue("Link").filter(l -> l.contains("rel=\"next\""))
                    .map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>')))
                    .map(url -> url.substring(url.indexOf("/api/v1") + "/api/v1".length())).orElse(null);
            return new Page(json(response.body()), next);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode post(String path, String json, int expected) {
        return json(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), expected));
    }

    JsonNode put(String path, String json, int expected) {
        return json(send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), expected));
    }

    JsonNode putFile(String path, String contentType, Path file, int expected) {
        try {
            return json(send(request(path).header("Content-Type", contentType)
                    .PUT(HttpRequest.BodyPublishers.ofFile(file)), expected));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode postFile(String path, String contentType, Path file, int expected) {
        try {
            return json(send(request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)), expected));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends and answers the status code alone, -1 where the request failed: for load, which counts failures. */
    int statusOf(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static String send(HttpRequest.Builder builder, int expected) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ", not " + expected + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
