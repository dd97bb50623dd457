package org.inspectra.api.error;

import java.util.List;

/** Malformed or incomplete input. (HTTP 400) */
public class InvalidInputException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String detail) {
        super(detail, List.of());
    }

    public InvalidInputException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
