package vn.coordreport.render;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to render a review report.
 *
 * @param format          PDF or DOCX
 * @param finalReport     false for a draft (the default: a {@code DỰ THẢO} mark, no number);
 *                        true for the final, PDF/A-2b when the format is PDF
 * @param documentNumber  the report's number in the issuing agency's register ({@code Số: 05/BC-SNgV}),
 *                        ignored for a draft; null for a final that waits to be issued: its number and
 *                        date are left blank, for the văn thư to fill in when issuing it
 * @param issuedOn        the generation date, on the place-and-date line when no conference is recorded
 * @param datedOnIssue    whether {@code issuedOn} is the day the văn thư issued the document, its date whatever
 *                        conference is recorded, as the issued PDF is dated ({@link #issued})
 * @param replaces        for a final of a period reopened after its report was issued, the document it replaces
 *                        as the register names it ({@code số 01/BC-SNgV ngày 06/12/2026}), said at its close; else null
 */
public record RenderOptions(Format format, boolean finalReport, Integer documentNumber, LocalDate issuedOn,
        boolean datedOnIssue, String replaces) {

    public RenderOptions(Format format, boolean finalReport, Integer documentNumber, LocalDate issuedOn,
            boolean datedOnIssue) {
        this(format, finalReport, documentNumber, issuedOn, datedOnIssue, null);
    }

    public RenderOptions {
        Objects.requireNonNull(format, "format");
        if (documentNumber != null && documentNumber < 1) {
            throw new IllegalArgumentException("a document number starts at 1, not " + documentNumber);
        }
        if (issuedOn == null) {
            issuedOn = LocalDate.now();
        }
    }

    /** A draft: marked {@code DỰ THẢO}, with a blank number. */
    public static RenderOptions draft(Format format, LocalDate issuedOn) {
        return new RenderOptions(format, false, null, issuedOn, false);
    }

    /** A final that waits to be issued: no mark, number and date left blank. */
    public static RenderOptions finalToIssue(Format format, LocalDate generatedOn) {
        return new RenderOptions(format, true, null, generatedOn, false);
    }

    /** The final, numbered report. */
    public static RenderOptions finalReport(Format format, int documentNumber, LocalDate issuedOn) {
        return new RenderOptions(format, true, documentNumber, issuedOn, false);
    }

    /** The same, for a final that replaces an issued document ({@code số 01/BC-SNgV ngày 06/12/2026}), or not (null). */
    public RenderOptions replacing(String document) {
        return new RenderOptions(format, finalReport, documentNumber, issuedOn, datedOnIssue,
                finalReport && document != null && !document.isBlank() ? document.strip() : null);
    }

    /** An issued document's text (its Word file): the number and the date the văn thư gave it. */
    public static RenderOptions issued(Format format, int documentNumber, LocalDate issuedOn) {
        return new RenderOptions(format, true, documentNumber, issuedOn, true);
    }
}
