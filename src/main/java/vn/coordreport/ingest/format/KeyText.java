package vn.coordreport.ingest.format;

import java.text.Normalizer;

import vn.coordreport.messages.Messages;

/**
 * Text that is compared: every text of an import is put in Unicode NFC, and a
 * code, a province or an e-mail address may hold no character that a reader
 * cannot see or tell from another (a zero-width or format character, a
 * bidirectional control, a no-break or other special space, a line separator,
 * an invisible filler). With those, {@code SNGV-QT} and {@code SNGV-QT} followed
 * by a zero-width space would be two agencies that look identical.
 */
public final class KeyText {

    private KeyText() {
    }

    /**
     * The text in NFC. Characters below U+0300 (ASCII and Latin-1, most of a file) are NFC whatever follows,
     * and combine with nothing: such text is returned as it is without asking the normaliser.
     */
    public static String nfc(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            if (v.charAt(i) >= 0x300) {
                return Normalizer.isNormalized(v, Normalizer.Form.NFC) ? v : Normalizer.normalize(v, Normalizer.Form.NFC);
            }
        }
        return v;
    }

    /** @throws IllegalArgumentException naming the first character no reader can see or tell apart */
    static void checkVisible(String v) {
        for (int i = 0, n = v.length(); i < n; ) {
            int c = v.codePointAt(i);
            String what = invisible(c);
            if (what != null) {
                throw new IllegalArgumentException(Messages.text("import.key.invisible", v, Messages.text(what),
                        String.format("%04X", c), String.valueOf(i + 1)));
            }
            i += Character.charCount(c);
        }
    }

    /**
     * For a code that names nothing known, what in it no reader sees: {@code '; mã ấy có dấu cách không ngắt dòng
     * (U+00A0) ở vị trí 5 ...'}, to follow the problem's message; empty when every character is visible.
     */
    public static String hiddenIn(String code) {
        for (int i = 0, n = code.length(); i < n; ) {
            int c = code.codePointAt(i);
            String what = invisible(c);
            if (what != null) {
                return Messages.text("import.unknown.hidden", Messages.text(what), String.format("%04X", c),
                        String.valueOf(i + 1));
            }
            i += Character.charCount(c);
        }
        return "";
    }

    /**
     * A problem's message followed by {@link #hiddenIn}'s words: after a question ("có phải là 'JOINT_PATROL'?") as a
     * sentence of its own, not "?; mã ấy".
     */
    public static String followedBy(String message, String hidden) {
        if (hidden.isEmpty() || !message.endsWith("?")) {
            return message + hidden;
        }
        String sentence = hidden.replaceFirst("^;\\s*", "");
        return message + " " + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** What the character is (a message code) when no reader can see it or tell it from another; null for any other. */
    public static String invisible(int c) {
        if (c == 0x00A0 || c == 0x2007 || c == 0x202F) {
            return "char.noBreakSpace";
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return "char.bidi";
        }
        if (c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF) {
            return "char.zeroWidth";
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR -> c == ' ' ? null : "char.otherSpace";
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> "char.lineSeparator";
            case Character.FORMAT, Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE ->
                    "char.invisible";
            default -> c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800
                    || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF ? "char.invisible" : null;
        };
    }
}
