package org.inspectra.persistence.childrow;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: a row's values as a {@code jsonb} object (field id to value), which queries can filter
 * ({@code row_values @> '{"gender":"F"}'}, {@code (row_values->>'age')::int > 15}) and a GIN index serves; jsonb keeps
 * its keys in an order of its own, so {@code field_order} keeps the columns' order (ids separated by a control
 * character the importer never lets into an id). Rows go in through {@code COPY … FROM STDIN}, streamed as they come
 * on the transaction's own connection, the fastest path the driver has.
 */
final class PostgreSqlChildRows extends ChildRowTable {

    private static final char ORDER = '\u001E';
    /** Bytes gathered before they are sent to the server. */
    private static final int BUFFER = 1 << 16;

    @Override
    public Writer writer(Connection connection, String inspectionId, String listId) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY child_list_row"
                + " (inspection_id, list_id, row_number, child_id, row_values, field_order) FROM STDIN");
        String prefix = escape(inspectionId) + '\t' + escape(listId) + '\t';
        return new Writer() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 4096);
            private final StringBuilder line = new StringBuilder(512);

            @Override
            public void accept(ChildRow row) {
                line.setLength(0);
                line.append(prefix).append(row.row()).append('\t')
                        .append(row.childId() == null ? "\\N" : escape(row.childId())).append('\t')
                        .append(escape(json(row.values()))).append('\t')
                        .append(escape(String.join(String.valueOf(ORDER), row.values().keySet()))).append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                buffer.write(bytes, 0, bytes.length);
                if (buffer.size() >= BUFFER) {
                    send();
                }
            }

            private void send() {
                try {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                } catch (SQLException e) {
                    throw new IllegalStateException("Storing rows failed: " + e.getMessage(), e);
                }
            }

            @Override
            public void finish() throws SQLException {
                if (buffer.size() > 0) {
                    send();
                }
                copy.endCopy();
            }

            @Override
            public void close() throws SQLException {
                if (copy.isActive()) {
                    // Broken off: the server drops the rows sent, and the connection is free for the rollback.
                    copy.cancelCopy();
                }
            }
        };
    }

    @Override
    String valueColumns() {
        return "r.row_values, r.field_order";
    }

    @Override
    ChildRow decode(ResultSet result) throws SQLException {
        Map<String, String> values = parse(result.getString("row_values"));
        Map<String, String> ordered = new LinkedHashMap<>();
        String order = result.getString("field_order");
        if (order != null && !order.isEmpty()) {
            for (String field : order.split(String.valueOf(ORDER), -1)) {
                String value = values.remove(field);
                if (value != null) {
                    ordered.put(field, value);
                }
            }
        }
        ordered.putAll(values);
        return new ChildRow(result.getLong("row_number"), result.getString("child_id"), ordered);
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A JSON object of the values, every value a string. */
    static String json(Map<String, String> values) {
        StringBuilder out = new StringBuilder(256).append('{');
        values.forEach((field, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, field).append(':');
            string(out, value);
        });
        return out.append('}').toString();
    }

    private static StringBuilder string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }

    /** Reads back what {@link #json} wrote, as PostgreSQL prints a jsonb object of strings. */
    static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        int[] at = {skip(json, 0)};
        expect(json, at, '{');
        if (peek(json, at) == '}') {
            return values;
        }
        while (true) {
            String field = readString(json, at);
            expect(json, at, ':');
            values.put(field, readString(json, at));
            char next = peek(json, at);
            at[0]++;
            if (next == '}') {
                return values;
            }
            if (next != ',') {
                throw new IllegalStateException("Not a JSON object of strings at " + at[0]);
            }
        }
    }

    private static String readString(String json, int[] at) {
        expect(json, at, '"');
        StringBuilder out = new StringBuilder();
        int i = at[0];
        while (true) {
            char c = json.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        at[0] = i;
        return out.toString();
    }

    private static void expect(String json, int[] at, char wanted) {
        if (peek(json, at) != wanted) {
            throw new IllegalStateException("Expected " + wanted + " at " + at[0] + " of a row's values");
        }
        at[0]++;
    }

    private static char peek(String json, int[] at) {
        at[0] = skip(json, at[0]);
        return json.charAt(at[0]);
    }

    private static int skip(String json, int at) {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        return at;
    }
}
