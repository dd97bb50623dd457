package org.inspectra.core.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.inspection.Inspection;

/**
 * Where a new visit of a type numbered in a series stands among its authority's visits: which series, which visit of
 * it. A series runs from the authority's inspection of the type that ends a series ({@link
 * InspectionType#seriesEndedBy()}) to the next; ILACS monitoring visits run after an inadequate judgement until the
 * re-inspection, a standard inspection ({@code 000 §22}, §112-139, §208 note 28).
 */
final class VisitSeries {

    /**
     * @param series the authority's series of the type, counting the one the visit belongs to
     * @param visit  the visit's number within its series
     */
    record Position(int series, int visit) {
    }

    private VisitSeries() {
    }

    /**
     * The position of a visit of {@code type} opened now, after {@code earlier}: the authority's inspections under the
     * same framework.
     */
    static Optional<Position> of(InspectionType type, List<Inspection> earlier) {
        if (type.seriesEndedBy() == null) {
            return Optional.empty();
        }
        TreeSet<LocalDate> endings = new TreeSet<>();
        earlier.stream().filter(i -> i.type().equals(type.seriesEndedBy())).map(Inspection::notifiedOn)
                .forEach(endings::add);
        LocalDate currentStart = endings.isEmpty() ? null : endings.last();
        int visit = 1;
        TreeSet<LocalDate> earlierSeries = new TreeSet<>();
        for (Inspection i : earlier) {
            if (!i.type().equals(type.id())) {
                continue;
            }
            if (currentStart == null || i.notifiedOn().isAfter(currentStart)) {
                visit++;
            } else {
                // The series a visit belongs to is named by the ending that closed it.
                earlierSeries.add(endings.ceiling(i.notifiedOn()));
            }
        }
        return Optional.of(new Position(earlierSeries.size() + 1, visit));
    }
}
