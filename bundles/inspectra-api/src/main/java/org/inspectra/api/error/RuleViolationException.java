package org.inspectra.api.error;

import java.util.List;

/** Well-formed input that breaks a rule of the framework. (HTTP 422) */
public class RuleViolationException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String detail) {
        super(detail, List.of());
    }

    public RuleViolationException(String detail, List<Violation> violations) {
        super(detail, violations);
    }
}
