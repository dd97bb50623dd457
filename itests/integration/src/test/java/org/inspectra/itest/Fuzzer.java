package org.inspectra.itest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests generated from the server's own OpenAPI document: for each operation a body built from its schema with one
 * field spoilt (the wrong JSON type, null, a null inside a list, an overlong string, a date out of range, an extreme
 * instant), path ids spoilt (a trailing space, a NUL, a broken escape, 5,000 characters) and hostile query strings and
 * headers. A seeded {@link Random} makes a run repeatable. Nothing is sent anywhere but the server under test.
 */
final class Fuzzer {

    /** Paths that answer without credentials (API.md, Conventions). */
    private static final Set<String> PUBLIC = Set.of("/health", "/openapi.json", "/openapi.yaml", "/docs");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What a run found: the requests, as method and path with the status, in each class of failure. */
    record Report(int sent, List<String> serverErrors, List<String> bypasses, List<String> nonProblems) {
    }

    private record Operation(String method, String path, JsonNode operation) {
    }

    private final JsonNode openApi;
    private final Api anonymous;
    private final Api user;
    private final String inspectionId;
    private final Random random;
    private final List<Operation> operations = new ArrayList<>();

    Fuzzer(JsonNode openApi, Api anonymous, Api user, String inspectionId, long seed) {
        this.openApi = openApi;
        this.anonymous = anonymous;
        this.user = user;
        this.inspectionId = inspectionId;
        this.random = new Random(seed);
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        op.getValue()));
            }
        }
    }

    Report run(int requests, int inFlight, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> bypasses = Collections.synchronizedList(new ArrayList<>());
        List<String> nonProblems = Collections.synchronizedList(new ArrayList<>());
        List<Runnable> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Operation op = operations.get(random.nextInt(operations.size()));
            boolean anonymously = random.nextInt(8) == 0;
            String path = path(op);
            String body = op.operation().has("requestBody") ? body(op.operation()) : null;
            String[] headers = headers();
            calls.add(() -> {
                if (Instant.now().isAfter(deadline)) {
                    return;
                }
                Api client = anonymously ? anonymous : user;
                Api.Reply reply = client.raw(op.method(), "/api/v1" + path,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
                String what = op.method() + " " + path + " -> " + reply.status();
                if (reply.status() >= 500) {
                    serverErrors.add(what + " " + reply.body());
                }
                if (anonymously && reply.status() < 400 && !PUBLIC.contains(op.path())) {
                    bypasses.add(what);
                }
                if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
                    nonProblems.add(what + " " + reply.contentType());
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        int sent = 0;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable call : calls) {
                done.add(pool.submit(call));
            }
            for (Future<?> f : done) {
                f.get(Math.max(1, Duration.between(Instant.now(), deadline).toSeconds() + 60), TimeUnit.SECONDS);
                sent++;
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Report(sent, List.copyOf(serverErrors), List.copyOf(bypasses), List.copyOf(nonProblems));
    }

    /** The path with its parameters filled (mostly real values, now and then spoilt) and a query string. */
    private String path(Operation op) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.operation().path("parameters")) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                path = path.replace("{" + name + "}", pathValue(name));
            } else if (parameter.path("in").asText().equals("query") && random.nextBoolean()) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(queryValue());
            }
        }
        if (random.nextInt(20) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("x=%zz");
        }
        return path + query;
    }

    private String pathValue(String name) {
        String good = switch (name) {
            case "id" -> inspectionId;
            case "code" -> "330";
            case "judgementId" -> "children-in-care";
            case "listId" -> "list-1";
            case "version" -> "2018.12";
            case "themeId" -> "cse-missing";
            case "stage" -> "cohort";
            default -> "x-1";
        };
        return switch (random.nextInt(10)) {
            case 0 -> good + "%20";
            case 1 -> "a%00b";
            case 2 -> "x".repeat(5_000);
            case 3 -> "%zz";
            case 4 -> "..;";
            case 5 -> "%3Cscript%3E";
            default -> good;
        };
    }

    private String queryValue() {
        return switch (random.nextInt(6)) {
            case 0 -> "%zz";
            case 1 -> "a%00b";
            case 2 -> "y".repeat(2_000);
            case 3 -> "-1";
            case 4 -> "ilacs";
            default -> "%E2%82%AC";
        };
    }

    private String[] headers() {
        return switch (random.nextInt(12)) {
            case 0 -> new String[] {"Content-Type", "application/json; charset=bogus"};
            case 1 -> new String[] {"Content-Type", "text/csv; charset=bogus"};
            case 2 -> new String[] {"Content-Type", "text/plain"};
            case 3 -> new String[] {"Content-Type", "application/json", "If-Match", "\"v999\""};
            default -> new String[] {"Content-Type", "application/json"};
        };
    }

    /** A body from the operation's schema, with one value spoilt (or, now and then, no JSON at all). */
    private String body(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return switch (random.nextInt(3)) {
                case 0 -> "Child unique ID" + ",x".repeat(300) + "\r\nC1\r\n";
                case 1 -> "PK\u0003\u0004 not a zip";
                default -> "{}";
            };
        }
        if (random.nextInt(15) == 0) {
            return List.of("{", "[null]", "\"\"", "1e999999", "{\"a\":" .repeat(200)).get(random.nextInt(5));
        }
        JsonNode value = valueOf(schema, 0);
        return spoil(value).toString();
    }

    private JsonNode valueOf(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return valueOf(openApi.at(ref.substring(1)), depth + 1);
        }
        if (depth > 6) {
            return JSON.nullNode();
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(valueOf(schema.path("items"), depth + 1));
                yield array;
            }
            case "integer" -> JSON.numberNode(1);
            case "number" -> JSON.numberNode(1.5);
            case "boolean" -> JSON.booleanNode(true);
            case "string" -> switch (format) {
                case "date" -> JSON.textNode("2025-10-07");
                case "date-time" -> JSON.textNode("2025-10-07T10:00:00Z");
                default -> JSON.textNode(schema.has("enum") ? schema.path("enum").get(0).asText() : "good");
            };
            default -> {
                ObjectNode object = JSON.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                    Map.Entry<String, JsonNode> property = p.next();
                    object.set(property.getKey(), valueOf(property.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    /** Replaces one value, anywhere in the document, with something the edge must refuse or take safely. */
    private JsonNode spoil(JsonNode value) {
        List<JsonNode> containers = new ArrayList<>();
        collect(value, containers);
        if (containers.isEmpty()) {
            return value;
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode bad = List.<JsonNode>of(JSON.nullNode(), JSON.numberNode(20_260_511), JSON.numberNode(-1),
                JSON.textNode("x".repeat(20_000)), JSON.textNode("0000-01-01"), JSON.textNode("-2026-05-11"),
                JSON.textNode("-999999999-01-01T00:00:00Z"), JSON.textNode("<script>\u0001"),
                JSON.arrayNode().addNull(), JSON.objectNode(), JSON.textNode("1500-01-01"),
                JSON.numberNode(Long.MAX_VALUE), JSON.textNode("2026-02-30")).get(random.nextInt(13));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            object.set(names.get(random.nextInt(names.size())), bad);
        } else if (container instanceof ArrayNode array) {
            array.add(bad);
        }
        return value;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
