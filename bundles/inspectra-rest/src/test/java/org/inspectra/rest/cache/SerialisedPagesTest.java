package org.inspectra.rest.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.junit.jupiter.api.Test;

class SerialisedPagesTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final SerialisedPages<String> pages = new SerialisedPages<>(s -> List.of(s, s.length()), 1 << 20);

    @Test
    void aPageIsReadAgainOnlyWhenItsStateChanges() {
        PageRequest first = PageRequest.first(2);
        SerialisedPages.Written page = pages.page("i-1", null, first, 1L, () -> read("a", "bb"));
        assertThat(new String(page.json(), StandardCharsets.UTF_8)).isEqualTo("[[\"a\",1],[\"bb\",2]]");
        assertThat(page.next()).isEqualTo("next");
        assertThat(pages.page("i-1", null, first, 1L, () -> read("stale"))).isSameAs(page);
        assertThat(reads).hasValue(1);

        assertThat(new String(pages.page("i-1", null, first, 2L, () -> read("c")).json(), StandardCharsets.UTF_8))
                .as("another state").isEqualTo("[[\"c\",1]]");
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachListFilterLimitAndCursorIsItsOwnPage() {
        pages.page("i-1", null, PageRequest.first(2), 1L, () -> read("a"));
        pages.page("i-2", null, PageRequest.first(2), 1L, () -> read("b"));
        pages.page("i-1", "criterion", PageRequest.first(2), 1L, () -> read("c"));
        pages.page("i-1", null, PageRequest.first(3), 1L, () -> read("d"));
        pages.page("i-1", null, new PageRequest(2, "after-a"), 1L, () -> read("e"));
        assertThat(reads).hasValue(5);
        assertThat(new String(pages.page("i-1", "criterion", PageRequest.first(2), 1L, () -> read("x")).json(),
                StandardCharsets.UTF_8)).contains("\"c\"");
        assertThat(reads).hasValue(5);
    }

    private Page<String> read(String... items) {
        reads.incrementAndGet();
        return new Page<>(List.of(items), items.length > 1 ? "next" : null);
    }
}
