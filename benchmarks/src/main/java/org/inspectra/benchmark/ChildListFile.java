package org.inspectra.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A synthetic child-level list as CSV, written from the list's specification as the server publishes it
 * ({@code GET /frameworks/{id}}, {@code childLists}): one valid value a column of each field's type, a child per row.
 */
final class ChildListFile {

    private static final LocalDate TODAY = LocalDate.now();

    private ChildListFile() {
    }

    /** The field ids of a list, in order. */
    static List<String> fieldIds(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("fields").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }

    /** Writes {@code rows} rows under the list's own headings. */
    static Path write(JsonNode list, int rows, Path file) {
        Random random = new Random(42);
        List<JsonNode> fields = new ArrayList<>();
        list.path("fields").forEach(fields::add);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", fields.stream().map(f -> quoted(f.path("title").asText())).toList()));
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDate born = TODAY.minusDays(30 + random.nextInt(17 * 365));
                List<String> cells = new ArrayList<>(fields.size());
                for (JsonNode field : fields) {
                    cells.add(quoted(value(field, i, born, random)));
                }
                out.write(String.join(",", cells));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String value(JsonNode field, int row, LocalDate born, Random random) {
        String id = field.path("id").asText();
        switch (id) {
            case "date-of-birth":
                return born.toString();
            case "expected-date-of-birth":
                return "";
            case "age":
                return String.valueOf(Period.between(born, TODAY).getYears());
            default:
                break;
        }
        return switch (field.path("type").asText()) {
            case "child-id" -> String.format("CH%07d", row);
            case "code" -> field.path("codes").get(random.nextInt(field.path("codes").size())).asText();
            case "date" -> TODAY.minusDays(random.nextInt(365)).toString();
            case "flag" -> random.nextBoolean() ? "Y" : "N";
            case "integer" -> String.valueOf(random.nextInt(10));
            default -> "Team " + (1 + random.nextInt(40));
        };
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
