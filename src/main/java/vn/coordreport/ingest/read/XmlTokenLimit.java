package vn.coordreport.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import vn.coordreport.messages.Messages;

/**
 * Passes XML through and stops it, with {@link TooLong}, as soon as one token
 * (a tag with its attributes, a run of text, a comment, a CDATA section, a
 * processing instruction) passes {@link #MAX_BYTES}: XML parsers hold a whole
 * attribute value or comment in memory, so a part made of one gigabyte-long
 * token would exhaust it. A cell of Excel's (32 767 characters, at most 10
 * bytes each when written as character references) stays far below the limit.
 */
final class XmlTokenLimit extends FilterInputStream {

    static final int MAX_BYTES = 1 << 20;

    static final class TooLong extends IOException {
        TooLong(String what) {
            super(Messages.text("import.workbook.xmlToken." + what.replace(' ', '-'), String.valueOf(MAX_BYTES)));
        }
    }

    private enum State { TEXT, OPEN, BANG, BANG_DASH, TAG, DECL, COMMENT, CDATA, PI }

    private State state = State.TEXT;
    private byte quote;
    private int run;
    private int last1;
    private int last2;

    XmlTokenLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) {
            see(buffer[off + i]);
        }
        return n;
    }

    private void see(byte b) throws TooLong {
        if (++run > MAX_BYTES) {
            throw new TooLong(switch (state) {
                case TEXT -> "text";
                case COMMENT -> "comment";
                case CDATA -> "CDATA section";
                case PI -> "processing instruction";
                default -> "tag";
            });
        }
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    begin(State.OPEN);
                }
            }
            case OPEN -> state = b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
            case BANG -> state = b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : b == '>' ? text() : State.DECL;
            case BANG_DASH -> state = b == '-' ? State.COMMENT : b == '>' ? text() : State.DECL;
            case TAG -> {
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    state = text();
                }
            }
            case DECL -> state = b == '>' ? text() : State.DECL;
            case COMMENT -> state = b == '>' && last1 == '-' && last2 == '-' ? text() : State.COMMENT;
            case CDATA -> state = b == '>' && last1 == ']' && last2 == ']' ? text() : State.CDATA;
            case PI -> state = b == '>' && last1 == '?' ? text() : State.PI;
        }
        last2 = last1;
        last1 = b;
    }

    private State tag(byte first) {
        quote = 0;
        return first == '>' ? text() : State.TAG;
    }

    private void begin(State next) {
        state = next;
        run = 1;
    }

    private State text() {
        run = 0;
        return State.TEXT;
    }
}
