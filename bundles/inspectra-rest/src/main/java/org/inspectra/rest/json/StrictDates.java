package org.inspectra.rest.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and instants exactly as API.md writes them, nothing Jackson would also take: a JSON string, a four-digit year
 * from 0001 to 9999 with no sign, a real day of the calendar ({@code 2026-02-30} is refused, not moved to March), and
 * for an instant the offset. Jackson's own readers also take numbers (epoch days, so {@code -1} became 1969-12-31),
 * date-times for dates (cut to the day) and six-digit signed years that the database then refuses.
 */
final class StrictDates {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private StrictDates() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("inspectra-strict-dates");
        module.addDeserializer(LocalDate.class, strict(LocalDate.class, DATE,
                text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
        module.addDeserializer(OffsetDateTime.class, strict(OffsetDateTime.class, DATE_TIME,
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        return module;
    }

    /** A reader that takes only a JSON string of the shape, with a year from 0001, that the parser accepts. */
    private static <T> JsonDeserializer<T> strict(Class<T> type, Pattern shape, Function<String, T> parser) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = text(p, ctxt, type);
                if (!shape.matcher(text).matches() || text.startsWith("0000")) {
                    throw InvalidFormatException.from(p, "not a " + type.getSimpleName(), text, type);
                }
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw InvalidFormatException.from(p, "not a " + type.getSimpleName(), text, type);
                }
            }
        };
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }
}
