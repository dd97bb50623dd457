package org.inspectra.api.quality;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.framework.ChildListSpec;

/**
 * One consistency rule as code (SPI): the platform's own checks read any framework's lists by their fields'
 * meanings; a framework adds its own through {@link org.inspectra.api.framework.InspectionFramework#consistencyChecks()}.
 * A check sees every accepted row once, then every child once all lists are read; it reports what it finds and never
 * changes or rejects anything. It must be stateless across calls: one instance serves every inspection at once.
 */
public interface ConsistencyCheck {

    /** The rule it checks, whose code its findings carry. */
    QualityRule rule();

    /** Checks one accepted row of one list. */
    default void row(CheckContext context, ChildListSpec list, ChildRow row, Findings findings) {
    }

    /** Checks one child across the lists, once every list has been read. */
    default void child(CheckContext context, ChildRecord child, Findings findings) {
    }
}
