package org.inspectra.childdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.inspectra.api.error.InspectraException;
import org.inspectra.api.error.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An Excel workbook read with POI's event API ({@link XSSFReader} and {@link XSSFSheetXMLHandler}): the sheet's XML is
 * parsed as a SAX stream, one row at a time, never as a workbook in memory. The upload is first copied to a temporary
 * file (already held to the size limit) because a zip is read from its end. Cell styles are not read: numbers come as
 * written, so a date cell arrives as Excel's day number, which {@link FieldValues} reads as a date.
 */
final class XlsxSheet implements Sheet {

    private final Path file;
    private final String listId;

    /** Copies the upload to a temporary file; the caller closes the sheet to delete it. */
    XlsxSheet(InputStream body, String listId) throws IOException {
        this.file = Files.createTempFile("inspectra-child-list-", ".xlsx");
        this.listId = listId;
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            int chosen = chosenSheet(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == chosen) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(null, null, strings, new Rows(handler),
                                new DataFormatter(Locale.UK), false));
                        parser.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
            throw new InvalidInputException("The workbook has no sheet");
        } catch (SAXException e) {
            // A handler's refusal travels through the parser wrapped; anything else is a broken sheet.
            if (e.getException() instanceof InspectraException refusal) {
                throw refusal;
            }
            throw unreadable();
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | ParserConfigurationException
                 | IllegalArgumentException | IllegalStateException | IOException e) {
            throw unreadable();
        }
    }

    /** The sheet named after the list ("List 3", "list-3"), else the first. */
    private int chosenSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        String wanted = Headings.normalise(listId);
        for (int i = 0; sheets.hasNext(); i++) {
            sheets.next().close();
            if (Headings.normalise(sheets.getSheetName()).equals(wanted)) {
                return i;
            }
        }
        return 0;
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("The upload could not be read as an Excel workbook (.xlsx)");
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Turns POI's cell events into whole rows, filling the gaps its sparse cells leave. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1L, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
