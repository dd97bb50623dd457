package org.inspectra.rest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.page.PageRequest;
import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void aHundredFromTheStartUnlessAskedOtherwise() {
        assertThat(PageParameters.request(null, null)).isEqualTo(new PageRequest(100, null));
        assertThat(PageParameters.request(" ", "")).isEqualTo(new PageRequest(100, null));
        assertThat(PageParameters.request("500", "abc")).isEqualTo(new PageRequest(500, "abc"));
        assertThat(PageParameters.request(" 1 ", null).limit()).isEqualTo(1);
    }

    @Test
    void aLimitOutOfRangeOrNoNumberIsRefusedOnLimit() {
        for (String limit : new String[] {"0", "-3", "501", "many", "2.5", "99999999999"}) {
            assertThatThrownBy(() -> PageParameters.request(limit, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("limit")));
        }
    }
}
