package org.inspectra.childdata.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.inspectra.api.error.TooLargeException;

/** The request body, refused (HTTP 413) as soon as more than the limit has been read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new TooLargeException("The upload is larger than the limit of " + limit + " bytes; split the "
                    + "list or ask an administrator to raise the limit (org.inspectra.childdata, maxUploadBytes)");
        }
    }
}
