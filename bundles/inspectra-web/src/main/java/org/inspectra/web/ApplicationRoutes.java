package org.inspectra.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application's URLs, read from {@code app/routes.json}: the same file the browser's {@code main.js} imports to
 * pick each URL's screen. The server answers these URLs with the page shell and any other with 404, so a mistyped
 * address or a path outside the API ({@code /api/v2/…} resolved up a level) is not a page that says 200.
 */
final class ApplicationRoutes {

    /** A parameter's value in a URL: an id or a code; nothing with a dot, so no file is taken for one. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_\\-]{1,100}");

    private final List<String[]> patterns;

    private ApplicationRoutes(List<String[]> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** Reads the routes file; a missing or malformed one is a broken build, said at start. */
    static ApplicationRoutes read(InputStream json) {
        try (json) {
            JsonNode routes = new ObjectMapper().readTree(json);
            List<String[]> patterns = new ArrayList<>();
            for (JsonNode route : routes) {
                String path = route.path("path").asText("");
                if (!path.startsWith("/")) {
                    throw new IllegalStateException("a route without a path starting with /: " + route);
                }
                patterns.add(segments(path));
            }
            if (patterns.isEmpty()) {
                throw new IllegalStateException("routes.json names no route");
            }
            return new ApplicationRoutes(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the application's routes.json", e);
        }
    }

    /** Whether this request path is one of the application's URLs (a trailing slash allowed). */
    boolean matches(String path) {
        String[] parts = segments(path);
        for (String[] pattern : patterns) {
            if (pattern.length == parts.length && matches(pattern, parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] pattern, String[] parts) {
        for (int i = 0; i < pattern.length; i++) {
            boolean parameter = pattern[i].startsWith(":");
            if (parameter ? !PARAMETER.matcher(parts[i]).matches() : !pattern[i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String[] split = path.replaceAll("/+$", "").split("/", -1);
        // "" before the first slash is not a segment; "/" alone has none.
        return Arrays.copyOfRange(split, 1, Math.max(1, split.length));
    }
}
