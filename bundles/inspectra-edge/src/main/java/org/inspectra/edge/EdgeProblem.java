package org.inspectra.edge;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A refusal made at the HTTP edge, as the RFC 9457 document the REST API also answers with (API.md, Conventions):
 * {@code type}, {@code title}, {@code status}, {@code detail} and an empty {@code violations}. Written by hand, since
 * nothing here may depend on a JSON library that is not always there when Jetty is.
 */
public record EdgeProblem(int status, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public String json() {
        return "{\"type\":\"urn:inspectra:problem:" + slug(title) + "\",\"title\":" + quote(title)
                + ",\"status\":" + status + ",\"detail\":" + quote(detail) + ",\"violations\":[]}";
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** A plain page for browsers that asked for HTML outside the API: the status and the title, nothing more. */
    public String html() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                + escapeHtml(title) + "</title></head><body><h1>" + escapeHtml(title) + "</h1><p>"
                + escapeHtml(detail) + "</p></body></html>";
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
