package org.inspectra.api.error;

import java.util.List;

/** The upload is larger than the configured limit (HTTP 413). */
public class TooLargeException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public TooLargeException(String detail) {
        super(detail, List.of());
    }
}
