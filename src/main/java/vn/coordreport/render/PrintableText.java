package vn.coordreport.render;

import java.util.regex.Pattern;

/**
 * What a report prints of a text: the text itself, less the characters that
 * would act instead of show. Bidirectional controls (U+202A..U+202E,
 * U+2066..U+2069, the marks U+200E, U+200F, U+061C) would reorder what follows
 * them on the page; control characters other than line breaks and tabs have no
 * glyph and are not allowed in the Word document's XML. A Vietnamese report
 * needs neither, so both go before the template sees a value; everything else
 * (markup, braces, quotes, formulas) is printed as it is.
 */
final class PrintableText {

    private static final Pattern ACTING = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]"
            + "|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

    private PrintableText() {
    }

    static String of(String text) {
        return text == null ? null : ACTING.matcher(text).replaceAll("");
    }
}
