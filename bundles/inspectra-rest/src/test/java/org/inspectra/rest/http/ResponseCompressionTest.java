package org.inspectra.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class ResponseCompressionTest {

    @Test
    void gzipIsAcceptedAsRfc9110SaysAndNotWithoutAHeader() {
        assertThat(ResponseCompression.acceptsGzip(null)).isFalse();
        assertThat(ResponseCompression.acceptsGzip(List.of("gzip, deflate, br"))).isTrue();
        assertThat(ResponseCompression.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(ResponseCompression.acceptsGzip(List.of("deflate", "x-gzip"))).isTrue();
        assertThat(ResponseCompression.acceptsGzip(List.of("*"))).isTrue();
        assertThat(ResponseCompression.acceptsGzip(List.of("identity"))).isFalse();
        assertThat(ResponseCompression.acceptsGzip(List.of("gzip;q=0"))).isFalse();
        assertThat(ResponseCompression.acceptsGzip(List.of("*, gzip;q=0"))).isFalse();
        assertThat(ResponseCompression.acceptsGzip(List.of("gzip;q=nonsense"))).isFalse();
        assertThat(ResponseCompression.acceptsGzip(List.of("*;q=0"))).isFalse();
    }

    @Test
    void aStrongTagNamesTheCompressedFormAndTheSuffixComesOffInConditions() {
        assertThat(ResponseCompression.withSuffix("\"abc\"")).isEqualTo("\"abc--gzip\"");
        assertThat(ResponseCompression.withSuffix("\"abc--gzip\"")).isEqualTo("\"abc--gzip\"");
        assertThat(ResponseCompression.withSuffix("W/\"abc\"")).isEqualTo("W/\"abc\"");
        assertThat(ResponseCompression.withoutSuffix("\"abc--gzip\", \"def\"")).isEqualTo("\"abc\", \"def\"");
        assertThat(ResponseCompression.withoutSuffix("*")).isEqualTo("*");
    }

    @Test
    void compressesToWhatGzipReadsBack() throws Exception {
        byte[] plain = "[{\"id\":\"a\"},{\"id\":\"b\"}]".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        byte[] gzip = ResponseCompression.gzip(plain);
        assertThat(gzip.length).isLessThan(plain.length / 20);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }
}
