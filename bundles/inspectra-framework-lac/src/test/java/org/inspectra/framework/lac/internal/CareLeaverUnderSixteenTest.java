package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.inspectra.api.childdata.ChildRow;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.quality.CheckContext;
import org.junit.jupiter.api.Test;

/** 002 §30-31: the list's care leavers, told apart by its flag, are young people who have left care (16 and over). */
class CareLeaverUnderSixteenTest {

    private static final CheckContext CONTEXT = new CheckContext("i-1", new FrameworkKey("lac", "2013.04"),
            LocalDate.of(2025, 9, 1));

    @Test
    void findsACareLeaverUnderSixteenAndKeepsTheRest() {
        List<Long> found = new ArrayList<>();
        CareLeaverUnderSixteen check = new CareLeaverUnderSixteen();
        List<ChildRow> rows = List.of(
                new ChildRow(2, "C1", Map.of("care-leaver", "Y", "date-of-birth", "2009-09-01")),
                new ChildRow(3, "C2", Map.of("care-leaver", "Y", "date-of-birth", "2009-09-02")),
                new ChildRow(4, "C3", Map.of("care-leaver", "N", "date-of-birth", "2015-01-01")),
                new ChildRow(5, "C4", Map.of("care-leaver", "Y", "date-of-birth", "soon")));
        rows.forEach(r -> check.row(CONTEXT, LacChildLists.LIST, r, (list, row, child, fields, message) -> {
            assertThat(fields).containsExactly("care-leaver", "date-of-birth");
            found.add(row);
        }));
        assertThat(found).containsExactly(3L);
        assertThat(new LacFramework().consistencyChecks()).containsExactly(LacFramework.CHECKS.get(0));
        assertThat(check.rule().code()).isEqualTo("lac-care-leaver-under-16");
    }
}
