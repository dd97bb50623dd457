package org.inspectra.api.error;

import java.util.List;

/** A failure the caller can act on; the REST layer turns it into problem+json with no stack trace. */
public abstract class InspectraException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    protected InspectraException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    /** What was refused, field by field; empty where the failure concerns no field. */
    public List<Violation> violations() {
        return violations;
    }
}
