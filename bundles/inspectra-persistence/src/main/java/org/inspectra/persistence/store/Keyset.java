package org.inspectra.persistence.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/**
 * Keyset paging (API.md, Paging): a page is the rows after the ordering key of the previous page's last row, read with
 * a bound on that key, never with an offset, so rows written meanwhile neither repeat nor hide others. The cursor
 * carries the list's name and the key, base64url-encoded; clients treat it as opaque.
 */
final class Keyset {

    private static final String SEPARATOR = "~";

    private final String list;
    private final List<String> values;

    private Keyset(String list, List<String> values) {
        this.list = list;
        this.values = values;
    }

    /** The cursor of the position after a row whose ordering key is {@code key} (String, Long, LocalDate, Instant). */
    static String cursor(String list, Object... key) {
        List<String> parts = new ArrayList<>();
        parts.add(list);
        Arrays.stream(key).map(String::valueOf).forEach(parts::add);
        String joined = String.join(SEPARATOR, parts.stream()
                .map(p -> URLEncoder.encode(p, StandardCharsets.UTF_8)).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key a cursor of {@code list} carries, or {@code null} for the first page.
     *
     * @throws InvalidInputException where the cursor is not one this list gave, with {@code arity} key values
     */
    static Keyset after(String list, PageRequest request, int arity) {
        if (request.cursor() == null) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(request.cursor()), StandardCharsets.UTF_8);
            List<String> parts = Arrays.stream(joined.split(SEPARATOR, -1))
                    .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).toList();
            if (parts.size() != arity + 1 || !parts.get(0).equals(list)) {
                throw malformed();
            }
            return new Keyset(list, parts.subList(1, parts.size()));
        } catch (IllegalArgumentException notBase64OrNotEncoded) {
            throw malformed();
        }
    }

    String text(int i) {
        return values.get(i);
    }

    long number(int i) {
        return parse(values.get(i), Long::valueOf);
    }

    LocalDate date(int i) {
        return parse(values.get(i), LocalDate::parse);
    }

    Instant instant(int i) {
        return parse(values.get(i), Instant::parse);
    }

    /**
     * A page from the rows a query gave when asked for one more than the limit: that extra row only tells that a next
     * page exists, which starts after the page's last row.
     */
    static <T> Page<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
        return page(rows, limit, cursorOf, Function.identity());
    }

    /** As {@link #page(List, int, Function)}, for rows whose key is read before they become domain values. */
    static <E, T> Page<T> page(List<E> rows, int limit, Function<E, String> cursorOf, Function<E, T> toDomain) {
        List<E> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? cursorOf.apply(shown.get(limit - 1)) : null;
        return new Page<>(shown.stream().map(toDomain).toList(), next);
    }

    private <V> V parse(String value, Function<String, V> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException notOfItsType) {
            throw malformed();
        }
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("Malformed cursor", List.of(new Violation("cursor", "malformed-cursor",
                "use the cursor of a Link rel=\"next\" this list gave, unchanged")));
    }

    @Override
    public String toString() {
        return list + values;
    }
}
