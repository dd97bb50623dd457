package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldValuesTest {

    private static final FieldSpec DATE = spec(FieldType.DATE);
    private static final FieldSpec FLAG = spec(FieldType.FLAG);
    private static final FieldSpec INTEGER = spec(FieldType.INTEGER);
    private static final FieldSpec ID = spec(FieldType.CHILD_ID);
    private static final FieldSpec CODE = new FieldSpec("category", "Category", FieldType.CODE, false,
            List.of("relevant", "former relevant"), List.of());

    @ParameterizedTest
    @CsvSource({"2015-03-01,2015-03-01", "1/3/2015,2015-03-01", "01-03-2015,2015-03-01", "01.03.2015,2015-03-01",
            "1 Mar 2015,2015-03-01", "2015-03-01T00:00:00,2015-03-01", "01/03/2015 00:00,2015-03-01",
            "44197,2021-01-01", "44197.0,2021-01-01"})
    void readsDatesAsCouncilsWriteThemAndExcelStoresThem(String cell, String iso) {
        assertThat(FieldValues.check(DATE, cell)).isEqualTo(FieldValues.Checked.ok(iso));
    }

    /** The formatter-free path for the common shapes reads every day, and every near miss, as the formatters do. */
    @Test
    void readsTheCommonShapesAsTheFormattersDo() {
        int compared = 0;
        for (String year : List.of("1899", "1900", "2000", "2023", "2024", "2199", "2200", "0999", "12345")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    for (String m : List.of(String.valueOf(month), String.format("%02d", month))) {
                        for (String d : List.of(String.valueOf(day), String.format("%02d", day))) {
                            for (String cell : List.of(year + "-" + m + "-" + d, d + "/" + m + "/" + year,
                                    d + "-" + m + "-" + year, d + "." + m + "." + year, m + "/" + d + "/" + year)) {
                                assertThat(FieldValues.date(cell)).as(cell).isEqualTo(FieldValues.formattedDate(cell));
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(9 * 14 * 33 * 4 * 5);
    }

    @ParameterizedTest
    @CsvSource({"31/02/2015", "yesterday", "2015-13-01", "03/01/1850"})
    void refusesWhatIsNoDate(String cell) {
        assertThat(FieldValues.check(DATE, cell).code()).isEqualTo("invalid-date");
    }

    @Test
    void readsFlagsIntegersAndCodes() {
        assertThat(FieldValues.check(FLAG, "yes").value()).isEqualTo("Y");
        assertThat(FieldValues.check(FLAG, "N").value()).isEqualTo("N");
        assertThat(FieldValues.check(FLAG, "maybe").code()).isEqualTo("invalid-flag");
        assertThat(FieldValues.check(INTEGER, "3.0").value()).isEqualTo("3");
        assertThat(FieldValues.check(INTEGER, "-1").code()).isEqualTo("invalid-integer");
        assertThat(FieldValues.check(INTEGER, "two").code()).isEqualTo("invalid-integer");
        assertThat(FieldValues.check(CODE, "Former  Relevant").value()).isEqualTo("former relevant");
        assertThat(FieldValues.check(CODE, "eligible").code()).isEqualTo("unknown-code");
    }

    @Test
    void keepsChildIdsAsWrittenButRefusesOneThatIsAName() {
        assertThat(FieldValues.check(ID, "00123").value()).isEqualTo("00123");
        assertThat(FieldValues.check(ID, "4567.0").value()).isEqualTo("4567");
        assertThat(FieldValues.check(ID, "CH-0042").value()).isEqualTo("CH-0042");
        assertThat(FieldValues.check(ID, "Jayden Smith").code()).isEqualTo("child-id-looks-like-name");
        assertThat(FieldValues.check(ID, "x".repeat(129)).code()).isEqualTo("invalid-child-id");
    }

    @Test
    void cleansControlCharactersAndSpace() {
        assertThat(FieldValues.clean(" a\u001Eb\u0000 ")).isEqualTo("ab");
        assertThat(FieldValues.clean(null)).isEmpty();
        assertThat(FieldValues.check(spec(FieldType.TEXT), "x".repeat(1001)).code()).isEqualTo("too-long");
    }

    private static FieldSpec spec(FieldType type) {
        return new FieldSpec("f", "F", type, false, List.of(), List.of());
    }
}
