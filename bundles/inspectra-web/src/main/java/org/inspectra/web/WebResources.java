package org.inspectra.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the web application serves, by request path: GOV.UK Frontend's built files (from its WebJar, embedded), the
 * application's own files, and the one page shell every application URL answers with (the screen module renders
 * the screen). Pure, so it is tested without a servlet container.
 */
public final class WebResources {

    /** Where the application's own files are, inside this bundle. */
    static final String APP_ROOT = "org/inspectra/web/app/";

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    /** Relative paths of files: no empty, dot-only or backslash segments. */
    private static final Pattern FILE_PATH = Pattern.compile("([A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*/){0,6}"
            + "[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)+");

    private final ClassLoader loader;
    private final String govukRoot;
    private final Answer shellAnswer;
    private final ApplicationRoutes routes;
    private final Map<String, Answer> files = new ConcurrentHashMap<>();

    /**
     * @param loader        the bundle's class loader, which sees the embedded WebJar and the application's files
     * @param govukVersion  the GOV.UK Frontend version embedded (its WebJar's folder name)
     */
    public WebResources(ClassLoader loader, String govukVersion) {
        this.loader = loader;
        this.govukRoot = "META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/";
        String shell = read(APP_ROOT + "shell.html").orElseThrow(() -> new IllegalStateException(
                "the application's shell.html is missing from the bundle"));
        this.shellAnswer = Answer.of(MEDIA_TYPES.get("html"), shell.getBytes(StandardCharsets.UTF_8), Caching.NONE,
                true);
        this.routes = ApplicationRoutes.read(bytes(APP_ROOT + "routes.json").map(ByteArrayInputStream::new)
                .orElseThrow(() -> new IllegalStateException("the application's routes.json is missing")));
    }

    /** What to answer a GET of this path with. */
    public Optional<Answer> get(String path) {
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        if (path.startsWith("/assets/")) {
            return file(govukRoot + "assets/", path.substring("/assets/".length()), Caching.LONG);
        }
        if (path.startsWith("/govuk/")) {
            return file(govukRoot, path.substring("/govuk/".length()), Caching.LONG);
        }
        if (path.startsWith("/app/")) {
            // The application's own modules change with each build: the browser checks them every time.
            return file(APP_ROOT, path.substring("/app/".length()), Caching.REVALIDATE);
        }
        if ("/favicon.ico".equals(path)) {
            return file(govukRoot + "assets/", "images/favicon.ico", Caching.LONG);
        }
        if (routes.matches(path)) {
            return Optional.of(shellAnswer);
        }
        return Optional.empty();
    }

    private Optional<Answer> file(String root, String relative, Caching caching) {
        if (!FILE_PATH.matcher(relative).matches() || relative.endsWith(".html")) {
            return Optional.empty();
        }
        String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = MEDIA_TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        String name = root + relative;
        Answer known = files.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        // Only files that exist are kept, so requests for made-up paths cannot grow the map.
        Optional<Answer> answer = bytes(name).map(b -> Answer.of(type, b, caching, false));
        answer.ifPresent(a -> files.put(name, a));
        return answer;
    }

    private Optional<String> read(String name) {
        return bytes(name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> bytes(String name) {
        URL url = loader.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** How long a browser may keep an answer. */
    public enum Caching {
        /** A day: GOV.UK Frontend's files change only with its pinned version. */
        LONG("public, max-age=86400"),
        /** Kept, but checked with the server before each use. */
        REVALIDATE("no-cache"),
        /** Never kept: the page shell. */
        NONE("no-store");

        private final String header;

        Caching(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /**
     * @param contentType the Content-Type
     * @param body        the bytes
     * @param caching     the Cache-Control
     * @param page        whether it is the page shell (which gets the page's security headers)
     * @param etag        a strong validator of the body
     */
    public record Answer(String contentType, byte[] body, Caching caching, boolean page, String etag) {
        static Answer of(String contentType, byte[] body, Caching caching, boolean page) {
            return new Answer(contentType, body, caching, page, etagOf(body));
        }

        /** A strong validator of the body. */
        private static String etagOf(byte[] body) {
            try {
                return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12)
                        + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
