package org.inspectra.persistence.entity;

import java.io.Serializable;
import java.util.Arrays;

/** An {@code @IdClass} of several columns: equal when its class and parts are. */
abstract class CompositeKey implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The key's columns, in order. */
    abstract Object[] parts();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(parts(), ((CompositeKey) o).parts());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(parts());
    }
}
