package org.inspectra.api.error;

import java.util.List;

/** The resource is in the wrong state for the request, or another writer changed it first. (HTTP 409) */
public class ConflictException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail, List.of());
    }

    public ConflictException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
