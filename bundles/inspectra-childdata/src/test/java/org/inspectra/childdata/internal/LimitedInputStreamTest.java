package org.inspectra.childdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.inspectra.api.error.TooLargeException;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void refusesPastTheLimitAfterReadingWhatTheClientStillSends() throws Exception {
        ByteArrayInputStream body = new ByteArrayInputStream(new byte[300_000]);
        InputStream limited = new LimitedInputStream(body, 100_000);
        byte[] buffer = new byte[8_192];
        assertThatThrownBy(() -> {
            while (limited.read(buffer) >= 0) {
                // read on until refused
            }
        }).isInstanceOf(TooLargeException.class).hasMessageContaining("100000");
        assertThat(body.available()).as("the rest of the body was drained").isZero();
    }

    @Test
    void passesABodyWithinTheLimit() throws Exception {
        InputStream limited = new LimitedInputStream(new ByteArrayInputStream(new byte[1_000]), 1_000);
        assertThat(limited.readAllBytes()).hasSize(1_000);
    }
}
