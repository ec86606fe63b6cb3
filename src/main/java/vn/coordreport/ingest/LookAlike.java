package vn.coordreport.ingest;

import java.text.Normalizer;
import java.util.List;

import vn.coordreport.ingest.format.KeyText;
import vn.coordreport.messages.Messages;

/**
 * A spelling of a code or a province that looks like another ({@code problem}
 * {@code duplicate}), or a code no file can name any more ({@code unreachable}),
 * as the view {@code lookalike} lists them: {@code kind} is agency, agreement,
 * field, indicator or province; {@code imports} brought the spelling.
 */
public record LookAlike(String kind, String spelling, String key, List<Long> imports, String problem) {

    /** How the spelling differs from what a reader sees: what an operator needs to tell two alike apart. */
    public String how() {
        for (int i = 0; i < spelling.length(); ) {
            int c = spelling.codePointAt(i);
            String what = KeyText.invisible(c);
            if (what != null) {
                return Messages.text("lookalike.holds", Messages.text(what), String.format("%04X", c), String.valueOf(i + 1));
            }
            i += Character.charCount(c);
        }
        if (!Normalizer.isNormalized(spelling, Normalizer.Form.NFC)) {
            return Messages.text("lookalike.decomposed");
        }
        return Messages.text(spelling.equals(key) ? "lookalike.asItLooks" : "lookalike.spaces");
    }
}
