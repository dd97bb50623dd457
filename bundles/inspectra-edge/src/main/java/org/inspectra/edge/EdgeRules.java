package org.inspectra.edge;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the edge refuses before any servlet sees the request, each one a case CXF or Jetty would otherwise answer
 * with a 500 or a page of its own: a method no resource takes (TRACE among them), a charset the JVM does not know,
 * a query string whose percent-encoding is broken.
 */
public final class EdgeRules {

    /** The methods some resource of the server takes; anything else is refused like any unsupported method. */
    public static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    public static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";

    private EdgeRules() {
    }

    public static Optional<EdgeProblem> refusal(String method, String contentType, String rawQuery) {
        if (!METHODS.contains(method)) {
            return Optional.of(new EdgeProblem(405, "Method Not Allowed",
                    "The server does not take " + printable(method) + " requests"));
        }
        Optional<String> charset = charset(contentType);
        if (charset.isPresent() && !supported(charset.get())) {
            return Optional.of(new EdgeProblem(415, "Unsupported Media Type",
                    "The character set " + printable(charset.get()) + " is not supported; send UTF-8"));
        }
        if (rawQuery != null && !wellEncoded(rawQuery)) {
            return Optional.of(new EdgeProblem(400, "Bad Request",
                    "The query string is not well percent-encoded (a % must be followed by two hex digits)"));
        }
        return Optional.empty();
    }

    /** The {@code charset} parameter of a Content-Type header, unquoted. */
    static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = p.substring("charset=".length()).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    static boolean wellEncoded(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** A client's token echoed back, cut short and stripped of anything but printable ASCII. */
    static String printable(String text) {
        String clean = text.replaceAll("[^\\x21-\\x7e]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
