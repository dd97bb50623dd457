package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.request.RequestType;

/** {@code POST /inspections/{id}/information-requests} body ({@code 000 §166-168}, Annex B). */
public record InformationRequestBody(@NotBlank @Size(max = 64) String type, @NotBlank @Size(max = 10_000) String what,
                                     @NotBlank @Size(max = 10_000) String why, @NotNull LocalDate requiredBy) {

    public RequestType requestType() {
        return RequestType.fromId(type).orElseThrow(() -> new InvalidInputException("Unknown request type " + type,
                List.of(new Violation("type", "unknown-type", "one of " + List.of(RequestType.values()).stream()
                        .map(RequestType::id).toList()))));
    }
}
