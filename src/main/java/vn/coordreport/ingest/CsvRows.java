package vn.coordreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader over a UTF-8 stream, with a buffer of fixed size. It
 * knows the line where each record starts (quoted fields may span lines),
 * detects {@code ,} or {@code ;} from the header, skips a BOM and blank
 * lines, and stops with {@link RowSource.Unreadable} at invalid UTF-8 (also a
 * UTF-16 file) or an unterminated quote. Written by hand because FastCSV
 * silently accepts a quote left open at the end of the file.
 */
final class CsvRows implements RowSource {

    static final String RESAVE = "the file is not UTF-8 text (was it saved as Windows-1258, TCVN3 or UTF-16?): "
            + "open it in Excel and save it again with \"Save as type: CSV UTF-8 (Comma delimited) (*.csv)\"";

    /**
     * The most characters a record may hold, and the most values: beyond them the
     * file is taken for damaged (a quote left open, line ends lost) and reading
     * stops there, so that memory stays bounded whatever the file holds.
     */
    static final int MAX_RECORD_CHARS = 1 << 20;
    static final int MAX_VALUES = 16_384;

    private static final int SIZE = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(SIZE).flip();
    private final char[] chars = new char[SIZE];
    private final StringBuilder text = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private int pos;
    private int limit;
    private boolean inputDone;
    private boolean eof;
    private boolean malformed;
    private long line = 1;
    private long recordLine;
    private long recordChars;
    private char separator = ',';

    CsvRows(InputStream in) {
        this.in = in;
    }

    @Override
    public String[] header() throws IOException {
        if (!fill()) {
            return null;
        }
        if (chars[pos] == '\uFEFF') {
            pos++;
        }
        separator = detectSeparator();
        return next();
    }

    @Override
    public long line() {
        return recordLine;
    }

    private char detectSeparator() throws IOException {
        fill();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int p = pos; p < limit && (quoted || chars[p] != '\n'); p++) {
            char c = chars[p];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public String[] next() throws IOException {
        while (true) {
            if (!fill()) {
                return null;
            }
            char c = chars[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                pos++;
                if (fill() && chars[pos] == '\n') {
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
                throw new Unreadable(recordLine, "the record has more than " + MAX_VALUES + " values (Excel's "
                        + "limit of columns): it is not a record of the import format");
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
            char c = chars[pos++];
            if (c == separator) {
                continue;
            }
            if (c == '\r' && fill() && chars[pos] == '\n') {
                pos++;
            }
            line++;
            break;
        }
        return fields.toArray(new String[0]);
    }

    private String field() throws IOException {
        text.setLength(0);
        if (fill() && chars[pos] == '"') {
            pos++;
            quoted();
        } else if (fill()) {
            int p = scan();
            if (p < limit) {
                String value = new String(chars, pos, p - pos);
                pos = p;
                return value;
            }
        }
        while (fill()) {
            int p = scan();
            text.append(chars, pos, p - pos);
            pos = p;
            if (recordChars + text.length() > MAX_RECORD_CHARS) {
                throw tooLong();
            }
            if (p < limit) {
                break;
            }
        }
        return text.toString();
    }

    /** The position of the next separator or line end in the buffer, or {@code limit}. */
    private int scan() {
        int p = pos;
        char[] c = chars;
        char sep = separator;
        while (p < limit) {
            char ch = c[p];
            if (ch == sep || ch == '\n' || ch == '\r') {
                break;
            }
            if (ch == 0) {
                throw new Unreadable(line, RESAVE);
            }
            p++;
        }
        return p;
    }

    private void quoted() throws IOException {
        while (true) {
            if (!fill()) {
                throw new Unreadable(recordLine, "a quoted field is never closed: the file ends inside the quote "
                        + "opened on this line (the file may be truncated, or a '\"' is missing)");
            }
            char c = chars[pos++];
            if (c == '"') {
                if (fill() && chars[pos] == '"') {
                    text.append('"');
                    pos++;
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == 0) {
                    throw new Unreadable(line, RESAVE);
                }
                text.append(c);
                if (recordChars + text.length() > MAX_RECORD_CHARS) {
                    throw new Unreadable(recordLine, "the quoted field opened on this line runs on for more than "
                            + MAX_RECORD_CHARS + " characters: a '\"' is missing (or the file is not an export "
                            + "of the import format)");
                }
            }
        }
    }

    private Unreadable tooLong() {
        return new Unreadable(recordLine, "the record is longer than " + MAX_RECORD_CHARS + " characters: "
                + "line ends are missing or a value is far too long (a cell holds at most a few thousand characters)");
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (malformed) {
            throw new Unreadable(line, RESAVE);
        }
        if (eof) {
            return false;
        }
        CharBuffer out = CharBuffer.wrap(chars);
        while (out.position() == 0 && !eof && !malformed) {
            bytes.compact();
            if (!inputDone) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputDone = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, out, inputDone);
            if (result.isError()) {
                malformed = true;
            } else if (inputDone && result.isUnderflow()) {
                eof = true;
            }
        }
        pos = 0;
        limit = out.position();
        if (limit == 0 && malformed) {
            throw new Unreadable(line, RESAVE);
        }
        return limit > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
