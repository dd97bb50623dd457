package org.inspectra.api.error;

import java.util.List;

/** An identified resource does not exist. (HTTP 404) */
public class NotFoundException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail, List.of());
    }

    public NotFoundException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
