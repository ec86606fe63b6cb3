package vn.coordreport.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.coordreport.messages.Messages;

/**
 * An RFC 4180 reader over a UTF-8 stream, with a buffer of fixed size. It
 * knows the line where each record starts (quoted fields may span lines),
 * detects {@code ,} or {@code ;} from the header, skips a BOM, blank
 * lines and lines of separators alone, and stops with {@link RowSource.Unreadable} at invalid UTF-8 (also a
 * UTF-16 file) or an unterminated quote. Written by hand because FastCSV
 * silently accepts a quote left open at the end of the file.
 * <p>
 * It splits the bytes, not decoded characters: separators, quotes and line
 * ends are ASCII, which never occurs inside a UTF-8 sequence, so each field's
 * bytes are decoded once, as a whole (ASCII, most fields, at no cost), after
 * a strict check that they are UTF-8.
 */
public final class CsvRows implements RowSource {

    static String resave() {
        return Messages.text("import.csv.notUtf8");
    }

    /**
     * The most characters a record may hold, and the most values: beyond them the
     * file is taken for damaged (a quote left open, line ends lost) and reading
     * stops there, so that memory stays bounded whatever the file holds. (Counted
     * in characters once decoded, in bytes while a field is still being read.)
     */
    static final int MAX_RECORD_CHARS = 1 << 20;
    static final int MAX_VALUES = 16_384;

    private static final int SIZE = 1 << 16;
    /** Fields of at most this many bytes are remembered, in a table of {@code SEEN} slots. */
    private static final int SHORT = 32;
    private static final int SEEN = 1 << 12;

    private final InputStream in;
    private final byte[] bytes = new byte[SIZE];
    private final List<String> fields = new ArrayList<>();
    /** A field that spans buffers, or a quoted one (without its quotes). */
    private byte[] text = new byte[256];
    private int textLength;
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private long recordChars;
    private byte separator = ',';
    private int scanned;
    private final byte[][] seenBytes = new byte[SEEN][];
    private final String[] seen = new String[SEEN];

    /** The file's column names in lower case, to know a heading row above the header; empty: none skipped. */
    private final java.util.Set<String> columns;
    /** The record after a first row that turned out to be the header, read while looking for a heading row. */
    private String[] pending;
    private long pendingLine;

    public CsvRows(InputStream in) {
        this(in, java.util.Set.of());
    }

    /**
     * Rows of a file of the import format with these columns (lower case): a heading row above the header, as a
     * template's sheet saved as CSV has (its Vietnamese headings), is skipped, as {@link XlsxRows} skips it.
     */
    public CsvRows(InputStream in, java.util.Set<String> columns) {
        this.in = in;
        this.columns = columns;
    }

    @Override
    public String[] header() throws IOException {
        if (!fill()) {
            return null;
        }
        available(3);
        if (limit - pos >= 3 && bytes[pos] == (byte) 0xef && bytes[pos + 1] == (byte) 0xbb && bytes[pos + 2] == (byte) 0xbf) {
            pos += 3;
        }
        separator = detectSeparator();
        String[] first = record();
        if (first == null || columns.isEmpty() || RowSource.namesAColumn(first, columns)) {
            return first;
        }
        // a first row none of whose cells names a column, followed by one that names one, is a heading row
        long firstLine = recordLine;
        String[] second = next();
        if (second != null && RowSource.namesAColumn(second, columns)) {
            return second;
        }
        pending = second;
        pendingLine = recordLine;
        recordLine = firstLine;
        return first;
    }


    @Override
    public long line() {
        return recordLine;
    }

    private byte detectSeparator() throws IOException {
        fill();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int p = pos; p < limit && (quoted || bytes[p] != '\n'); p++) {
            byte c = bytes[p];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? (byte) ';' : (byte) ',';
    }

    /**
     * The next record that holds a value: a line of separators alone ({@code ,,,,,}, what a spreadsheet saves for a
     * row left empty inside its range) is blank, as a workbook's empty row is.
     */
    @Override
    public String[] next() throws IOException {
        if (pending != null) {
            String[] held = pending;
            pending = null;
            recordLine = pendingLine;
            return held;
        }
        String[] record;
        do {
            record = record();
        } while (record != null && Arrays.stream(record).allMatch(String::isEmpty));
        return record;
    }

    private String[] record() throws IOException {
        while (true) {
            if (!fill()) {
                return null;
            }
            byte c = bytes[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                if (fill() && bytes[pos] == '\n') {
                    pos++;
                }
                line++;
            } else {
                break;
            }
        }
        recordLine = line;
        recordChars = 0;
        fields.clear();
        while (true) {
            if (fields.size() == MAX_VALUES) {
                throw new Unreadable(recordLine, Messages.text("import.csv.tooManyValues", String.valueOf(MAX_VALUES)));
            }
            String value = field();
            recordChars += value.length();
            if (recordChars > MAX_RECORD_CHARS) {
                throw tooLong();
            }
            fields.add(value);
            if (!fill()) {
                break;
            }
            byte c = bytes[pos++];
            if (c == separator) {
                continue;
            }
            if (c == '\r' && fill() && bytes[pos] == '\n') {
                pos++;
            }
            line++;
            break;
        }
        return fields.toArray(new String[0]);
    }

    private String field() throws IOException {
        textLength = 0;
        long startLine = line;
        if (fill() && bytes[pos] == '"') {
            pos++;
            quoted();
        } else if (fill()) {
            int p = scan();
            if (p < limit) {
                String value = decode(bytes, pos, p, startLine, scanned);
                pos = p;
                return value;
            }
        }
        while (fill()) {
            int p = scan();
            append(pos, p);
            pos = p;
            if (recordChars + textLength > MAX_RECORD_CHARS) {
                throw tooLong();
            }
            if (p < limit) {
                break;
            }
        }
        return decode(text, 0, textLength, startLine, hash(text, 0, textLength));
    }

    /**
     * The position of the next separator or line end in the buffer, or {@code limit}; leaves the hash of the
     * bytes passed in {@link #scanned} for {@link #decode}, which then need not read them again when they are a
     * field seen before.
     */
    private int scan() {
        int p = pos;
        byte[] b = bytes;
        byte sep = separator;
        int hash = 0;
        while (p < limit) {
            byte ch = b[p];
            if (ch == sep || ch == '\n' || ch == '\r') {
                break;
            }
            if (ch == 0) {
                throw new Unreadable(line, resave());
            }
            hash = 31 * hash + ch;
            p++;
        }
        scanned = hash;
        return p;
    }

    private void quoted() throws IOException {
        while (true) {
            if (!fill()) {
                throw new Unreadable(recordLine, Messages.text("import.csv.unclosedQuote"));
            }
            byte c = bytes[pos++];
            if (c == '"') {
                if (fill() && bytes[pos] == '"') {
                    appendByte((byte) '"');
                    pos++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == 0) {
                    throw new Unreadable(line, resave());
                }
                appendByte(c);
                if (recordChars + textLength > MAX_RECORD_CHARS) {
                    throw new Unreadable(recordLine, Messages.text("import.csv.quoteTooLong", String.valueOf(MAX_RECORD_CHARS)));
                }
            }
        }
    }

    private Unreadable tooLong() {
        return new Unreadable(recordLine, Messages.text("import.csv.recordTooLong", String.valueOf(MAX_RECORD_CHARS)));
    }

    private void append(int from, int to) {
        int n = to - from;
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + n));
        }
        System.arraycopy(bytes, from, text, textLength, n);
        textLength += n;
    }

    private void appendByte(byte b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, 2 * text.length);
        }
        text[textLength++] = b;
    }

    /**
     * The field's bytes as text; stops the file at the first byte that is not UTF-8, on its line (the field
     * starts on {@code startLine}; a quoted one may hold line ends). A short field is most often one seen
     * before (a code, a date, a number): it is then the same String again, decoded (and hashed) once.
     */
    private String decode(byte[] b, int from, int to, long startLine, int hash) {
        int n = to - from;
        if (n == 0) {
            return "";
        }
        if (n > SHORT) {
            return decodeNew(b, from, to, startLine);
        }
        int slot = (hash ^ hash >>> 16) & (SEEN - 1);
        byte[] key = seenBytes[slot];
        if (key != null && same(key, b, from, n)) {
            return seen[slot];
        }
        String value = decodeNew(b, from, to, startLine);
        seenBytes[slot] = Arrays.copyOfRange(b, from, to);
        seen[slot] = value;
        return value;
    }

    private static int hash(byte[] b, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + b[i];
        }
        return hash;
    }

    /** Arrays.equals on a range, without its set-up cost for a few bytes. */
    private static boolean same(byte[] key, byte[] b, int from, int n) {
        if (key.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (key[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeNew(byte[] b, int from, int to, long startLine) {
        int p = from;
        while (p < to && b[p] >= 0) {
            p++;
        }
        if (p == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        while (p < to) {
            int n = sequence(b, p, to);
            if (n < 0) {
                long badLine = startLine;
                for (int i = from; i < p; i++) {
                    if (b[i] == '\n') {
                        badLine++;
                    }
                }
                throw new Unreadable(badLine, resave());
            }
            p += n;
        }
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** The length of the well-formed UTF-8 sequence at {@code p} (the Unicode standard's table 3-7), or -1. */
    private static int sequence(byte[] b, int p, int to) {
        int b0 = b[p] & 0xff;
        if (b0 < 0x80) {
            return 1;
        }
        int n;
        int low = 0x80;
        int high = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            n = 2;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            n = 3;
            low = b0 == 0xe0 ? 0xa0 : 0x80;
            high = b0 == 0xed ? 0x9f : 0xbf;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            n = 4;
            low = b0 == 0xf0 ? 0x90 : 0x80;
            high = b0 == 0xf4 ? 0x8f : 0xbf;
        } else {
            return -1;
        }
        if (p + n > to) {
            return -1;
        }
        int b1 = b[p + 1] & 0xff;
        if (b1 < low || b1 > high) {
            return -1;
        }
        for (int i = 2; i < n; i++) {
            int bi = b[p + i] & 0xff;
            if (bi < 0x80 || bi > 0xbf) {
                return -1;
            }
        }
        return n;
    }

    /** Makes at least {@code n} bytes available from {@code pos} if the stream has them. */
    private void available(int n) throws IOException {
        if (limit - pos >= n || eof) {
            return;
        }
        System.arraycopy(bytes, pos, bytes, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n && !eof) {
            int read = in.read(bytes, limit, bytes.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        pos = 0;
        limit = 0;
        while (limit == 0 && !eof) {
            int read = in.read(bytes, 0, bytes.length);
            if (read < 0) {
                eof = true;
            } else {
                limit = read;
            }
        }
        return limit > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
