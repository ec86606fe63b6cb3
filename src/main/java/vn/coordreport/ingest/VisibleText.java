package vn.coordreport.ingest;

/**
 * Text from a file or an upload as one line of visible characters, for a
 * terminal or a message: control and format characters (line breaks, terminal
 * escapes, bidirectional overrides, zero-width characters), line separators,
 * spaces other than the plain space and lone surrogates are written as
 * {@code \u001B}, so that the text can neither break a line, clear a screen,
 * nor hide or reorder what follows.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (hidden(text, i, c)) {
                if (out == null) {
                    out = new StringBuilder(n + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean hidden(String text, int i, char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SPACE_SEPARATOR && c != ' '
                || type == Character.SURROGATE
                    && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
