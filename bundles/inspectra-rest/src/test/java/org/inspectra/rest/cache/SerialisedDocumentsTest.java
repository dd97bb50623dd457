package org.inspectra.rest.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SerialisedDocumentsTest {

    private final SerialisedDocuments documents = new SerialisedDocuments();
    private final AtomicInteger built = new AtomicInteger();

    private Object build(String value) {
        built.incrementAndGet();
        return Map.of("id", value);
    }

    @Test
    void aDocumentIsBuiltAndSerialisedOnceForEachState() {
        SerialisedDocuments.Document first = documents.of(List.of("ilacs", 1), () -> build("ilacs"));
        SerialisedDocuments.Document again = documents.of(List.of("ilacs", 1), () -> build("ilacs"));
        assertThat(again).isSameAs(first);
        assertThat(built).hasValue(1);
        assertThat(SerialisedDocuments.text(first)).isEqualTo("{\"id\":\"ilacs\"}");
    }

    @Test
    void theTagFollowsTheContentNotTheState() {
        SerialisedDocuments.Document one = documents.of("state-1", () -> build("same"));
        SerialisedDocuments.Document two = documents.of("state-2", () -> build("same"));
        SerialisedDocuments.Document other = documents.of("state-3", () -> build("other"));
        assertThat(built).hasValue(3);
        assertThat(two.tag()).as("the same bytes, the same tag").isEqualTo(one.tag());
        assertThat(other.tag()).isNotEqualTo(one.tag());
        assertThat(one.tag().isWeak()).isFalse();
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= SerialisedDocuments.MAX_DOCUMENTS; i++) {
            int n = i;
            documents.of(n, () -> build("v" + n));
        }
        assertThat(documents.size()).isLessThanOrEqualTo(SerialisedDocuments.MAX_DOCUMENTS);
    }

    @Test
    void ifNoneMatchNamesATagAmongOthersWeaklyOrWithAStar() {
        assertThat(SerialisedDocuments.names("\"abc\"", "abc")).isTrue();
        assertThat(SerialisedDocuments.names("\"x\", W/\"abc\"", "abc")).isTrue();
        assertThat(SerialisedDocuments.names("*", "abc")).isTrue();
        assertThat(SerialisedDocuments.names("\"abcd\", \"ab\"", "abc")).isFalse();
        assertThat(SerialisedDocuments.names("abc", "abc")).as("unquoted is no tag").isFalse();
    }
}
