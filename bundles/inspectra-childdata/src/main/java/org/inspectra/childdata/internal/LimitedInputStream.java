package org.inspectra.childdata.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

import org.inspectra.api.error.TooLargeException;

/**
 * The request body, counted as it is read (for the upload's progress) and refused (HTTP 413) once more than the limit
 * has been read. Before refusing, it reads on and discards what the client is still sending (up to
 * {@link #DRAIN_LIMIT}): a server that answers while the client is still writing leaves an HTTP/1.1 client blocked on
 * a full socket instead of reading the 413.
 */
final class LimitedInputStream extends FilterInputStream {

    /** How much of an oversized body is read and thrown away before the connection is given up on. */
    static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    private final long limit;
    private final LongConsumer progress;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        this(in, limit, total -> {
        });
    }

    /** @param progress told the bytes read in all after each read, on the reading thread */
    LimitedInputStream(InputStream in, long limit, LongConsumer progress) {
        super(in);
        this.limit = limit;
        this.progress = progress;
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

    /**
     * Refuses a body declared larger than the limit before reading it, draining it as a body found too large is
     * drained, so the client reads the 413.
     */
    static TooLargeException refuseDeclared(InputStream in, long limit) {
        try {
            drain(in);
        } catch (IOException e) {
            // The client went away; the refusal stands.
        }
        return tooLarge(limit);
    }

    private static TooLargeException tooLarge(long limit) {
        return new TooLargeException("The upload is larger than the limit of " + limit + " bytes; split the "
                + "list or ask an administrator to raise the limit (org.inspectra.childdata, maxUploadBytes)");
    }

    private void drain() throws IOException {
        drain(in);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] discard = new byte[64 * 1024];
        long drained = 0;
        int n;
        while (drained < DRAIN_LIMIT && (n = in.read(discard)) > 0) {
            drained += n;
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws IOException {
        read += n;
        progress.accept(read);
        if (read > limit) {
            drain();
            throw tooLarge(limit);
        }
    }
}
