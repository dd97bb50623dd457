package org.inspectra.childdata.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inspectra.api.error.InvalidInputException;

/**
 * A CSV upload (RFC 4180, UTF-8, an optional byte order mark), parsed by Commons CSV one record at a time straight off
 * the request body: nothing but the current record is held.
 */
final class CsvSheet implements Sheet {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    private final InputStream body;

    CsvSheet(InputStream body) {
        this.body = body;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        Reader reader = new InputStreamReader(withoutByteOrderMark(body), StandardCharsets.UTF_8);
        try (CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord record : parser) {
                handler.row(record.getRecordNumber(), record.toList());
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            // Commons CSV reports malformed quoting as an IOException naming the line; a broken-off upload as well.
            throw unreadable(e);
        }
    }

    private static InvalidInputException unreadable(IOException e) {
        return new InvalidInputException("The upload could not be read as CSV: " + e.getMessage());
    }

    /** Excel's "CSV UTF-8" starts with a byte order mark, which would otherwise stick to the first heading. */
    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (start.length < 3 || (start[0] & 0xFF) != 0xEF || (start[1] & 0xFF) != 0xBB || (start[2] & 0xFF) != 0xBF) {
            buffered.reset();
        }
        return buffered;
    }

    @Override
    public void close() {
        // The request body belongs to the caller.
    }
}
