package org.inspectra.api.error;

import java.util.List;

/** The caller is authenticated but may not do this (HTTP 403). */
public class ForbiddenException extends InspectraException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail, List.of());
    }
}
