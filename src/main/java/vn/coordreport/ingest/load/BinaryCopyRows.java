package vn.coordreport.ingest.load;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

import vn.coordreport.ingest.format.ColumnType;

/**
 * Rows in PostgreSQL's binary COPY format, sent in chunks of about 256 KB: the
 * server then parses no text at all (no dates, no numbers), which is most of
 * what a text COPY costs it. A null {@link CopyIn} makes a sink that counts
 * nothing and sends nothing (a dry run, or a load that cannot be applied).
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FLUSH_AT = 1 << 18;
    /** Days from 1970-01-01 (Java's epoch) to 2000-01-01 (PostgreSQL's). */
    private static final int POSTGRES_EPOCH_DAY = 10_957;

    private final CopyIn copy;
    private byte[] buffer;
    private int size;

    /** A scratch buffer for one value. */
    private BinaryCopyRows() {
        this.copy = null;
        this.buffer = new byte[64];
    }

    BinaryCopyRows(CopyIn copy) throws SQLException {
        this.copy = copy;
        this.buffer = new byte[FLUSH_AT + 8192];
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        putInt(0); // flags
        putInt(0); // header extension length
    }

    void row(int fields) throws SQLException {
        if (size >= FLUSH_AT) {
            flush();
        }
        putShort(fields);
    }

    void nullValue() {
        putInt(-1);
    }

    void int4(int value) {
        putInt(4);
        putInt(value);
    }

    void int8(long value) {
        putInt(8);
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    void date(long epochDay) {
        int4((int) (epochDay - POSTGRES_EPOCH_DAY));
    }

    /** A value encoded by {@link #encodeNumeric} or {@link #encodeText}: its length and bytes. */
    void value(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buffer, size, encoded.length);
        size += encoded.length;
    }

    /** A numeric in canonical form (plain digits with an optional '.', see {@link ColumnType#QUANTITY}), encoded. */
    static byte[] encodeNumeric(String decimal) {
        BinaryCopyRows encoded = new BinaryCopyRows();
        encoded.putNumeric(decimal);
        return java.util.Arrays.copyOf(encoded.buffer, encoded.size);
    }

    /** Text, encoded. */
    static byte[] encodeText(String value) {
        BinaryCopyRows encoded = new BinaryCopyRows();
        encoded.putText(value);
        return java.util.Arrays.copyOf(encoded.buffer, encoded.size);
    }

    private void putNumeric(String decimal) {
        int dot = decimal.indexOf('.');
        int intEnd = dot < 0 ? decimal.length() : dot;
        int intStart = 0;
        while (intStart < intEnd && decimal.charAt(intStart) == '0') {
            intStart++;
        }
        int fracDigits = dot < 0 ? 0 : decimal.length() - dot - 1;
        // base-10000 groups aligned on the decimal point
        int intGroups = (intEnd - intStart + 3) / 4;
        int fracGroups = (fracDigits + 3) / 4;
        short[] groups = new short[intGroups + fracGroups];
        for (int g = 0; g < intGroups; g++) {
            int end = intEnd - 4 * (intGroups - 1 - g);
            groups[g] = (short) digits(decimal, Math.max(intStart, end - 4), end);
        }
        for (int g = 0; g < fracGroups; g++) {
            int start = dot + 1 + 4 * g;
            int end = Math.min(start + 4, decimal.length());
            int value = digits(decimal, start, end);
            for (int pad = end - start; pad < 4; pad++) {
                value *= 10;
            }
            groups[intGroups + g] = (short) value;
        }
        int first = 0;
        int last = groups.length;
        while (first < last && groups[first] == 0) {
            first++;
        }
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        int n = last - first;
        putInt(8 + 2 * n);
        putShort(n);
        putShort(n == 0 ? 0 : intGroups - 1 - first); // weight of the first group
        putShort(0); // sign: positive
        putShort(fracDigits); // display scale; the column's numeric(18, 3) rounds it
        for (int g = first; g < last; g++) {
            putShort(groups[g]);
        }
    }

    /** Text as UTF-8 (an unpaired surrogate becomes '?', as {@link String#getBytes} makes it). */
    void text(String value) {
        putText(value);
    }

    private void putText(String value) {
        int lengthAt = size;
        ensure(4 + 3 * value.length());
        size += 4;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xc0 | c >> 6);
                buffer[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                buffer[size++] = (byte) (0xf0 | cp >> 18);
                buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
                buffer[size++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                buffer[size++] = '?';
            } else {
                buffer[size++] = (byte) (0xe0 | c >> 12);
                buffer[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                buffer[size++] = (byte) (0x80 | c & 0x3f);
            }
        }
        int length = size - lengthAt - 4;
        buffer[lengthAt] = (byte) (length >>> 24);
        buffer[lengthAt + 1] = (byte) (length >>> 16);
        buffer[lengthAt + 2] = (byte) (length >>> 8);
        buffer[lengthAt + 3] = (byte) length;
    }

    /** Sends the trailer and ends the COPY; the rows written. */
    long finish() throws SQLException {
        putShort(-1);
        flush();
        return copy == null ? 0 : copy.endCopy();
    }

    /** Abandons the COPY (the transaction is then rolled back), so that the connection can be used again. */
    void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction fails anyway
        }
    }

    private void flush() throws SQLException {
        if (copy != null && size > 0) {
            copy.writeToCopy(buffer, 0, size);
        }
        size = 0;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private void putShort(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void ensure(int bytes) {
        if (size + bytes > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
        }
    }
}
