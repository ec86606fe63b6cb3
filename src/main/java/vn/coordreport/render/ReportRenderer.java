package vn.coordreport.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.coordreport.review.Review;

/**
 * Writes a {@link Review} as the report a director signs: a Vietnamese
 * administrative report (Decree 30/2020, Appendix I), or a Party document
 * (Hướng dẫn 36-HD/VPTW) for a Party body, as PDF, PDF/A-2b or a Word
 * document. Both formats are written from one {@link ReportDocument}.
 * Thread-safe: the template is compiled once, on first use, and each call
 * fills its own copy. Its fonts ({@link ReportFonts}) are the JVM's.
 */
@Component
public class ReportRenderer {

    static final String TEMPLATE = "reports/review-report.jrxml";

    /**
     * The version of the layout code: raised when a change of it changes the documents made from unchanged data
     * and template, so that the archive's drafts are made again (2: a paragraph moved to the next page keeps its
     * last line, {@link WholeParagraphMeasurers}; 3: the Word file leaves 40 mm for signature and seal, and a report
     * with nothing set for the next period tells how its tasks went under a part of its own; 4: a term report's
     * table gives each year's amounts and partners; 5: a fact a results paragraph states is said once, the table
     * calls partners as the sentences do, the title keeps each name on one line; 6: the header's names are broken
     * into balanced lines, "BỘ CHỈ HUY BỘ ĐỘI" above "BIÊN PHÒNG TỈNH", and the closing names the reporting body
     * first; 7: the PDF's chart in the greys of the Word document's, the Word header's rules as long as the PDF's and
     * right under their text, a table's first indicator kept with its detail rows, tasks led by one agency saying it
     * once, no lone "1." heading, the table's amounts exact, a field's indicators in the catalogue's order; 8: a figure
     * wider than its column widens it, taken from the names', or is set smaller, never broken over two lines; 9: a long
     * paragraph flows over a page break, two lines at least on either side, {@link FlowingParagraphs}, and the Word
     * file's paragraphs too; 10: a unit or a comparison on one line where the names have room, the figures of
     * nothing, the amounts' names and the header's province of the same day's wording, justified text keeping 2 pt
     * free on its right, so that a comma or a semicolon hanging at a line's end stays within the 15 mm right margin,
     * and the header's names breaking between their groups of words, "BỘ TƯ LỆNH" above "BỘ ĐỘI BIÊN PHÒNG",
     * {@link NameGroups}; 11: a chart a picture per indicator, so that a page breaks between two of them rather than
     * before the whole chart, and a final that replaces an issued document saying so in its closing paragraph).
     */
    public static final int LAYOUT = 12;

    private final ReportContext context;
    private final ReportTemplate template;
    private final Map<String, ReportTemplate> layouts = new ConcurrentHashMap<>();
    private final ReportFonts fonts;

    public ReportRenderer() {
        ReportFonts fonts = ReportFonts.shared();
        this.context = new ReportContext(fonts);
        this.template = new ReportTemplate(TEMPLATE, context);
        this.fonts = fonts;
    }

    public RenderedReport render(Review review, RenderOptions options) {
        ReportDocument document = ReportBody.document(review, options);
        try {
            List<Map<String, ?>> rows = JasperLayout.rows(document, fonts, context);
            Map<String, Object> parameters = JasperLayout.parameters(document, options.format(), fonts);
            parameters.putAll(JasperLayout.lastParagraph(rows));
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), parameters,
                    new JRMapCollectionDataSource(rows));
            ComputedWidths.apply(print);
            FirstLineIndents.restore(print);
            ReportExports.Metadata metadata = new ReportExports.Metadata(
                    PrintableText.of("Báo cáo " + ReportWording.lowerFirst(ReportWording.summary(review))),
                    PrintableText.of(review.agreement().code() + " - " + review.period()),
                    PrintableText.of(review.agreement().lead().name()));
            byte[] content = switch (options.format()) {
                case PDF -> ReportExports.pdf(context, print, metadata, options.finalReport());
                case DOCX -> WordDocument.write(document, metadata, fonts);
            };
            return new RenderedReport(content, options.format(), print.getPages().size(), document.missingSigner());
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the report for " + review.agreement().code()
                    + " " + review.period() + ": " + e.getMessage(), e);
        }
    }

    /** Compiles the template now rather than on the first report (e.g. at start-up). */
    public void warmUp() {
        template.get();
    }

    /**
     * Another layout of {@code reports/} (a register, a list), filled with these rows and exported to PDF/A-2b in
     * the reports' font, embedded: a register is kept as long as the documents it lists. Each template is compiled
     * once.
     */
    public byte[] layoutPdf(String template, Map<String, Object> parameters, List<Map<String, ?>> rows, String title) {
        try {
            JasperReport layout = layouts.computeIfAbsent(template, t -> new ReportTemplate(t, context)).get();
            JasperPrint print = JasperFillManager.getInstance(context).fill(layout, parameters,
                    new JRMapCollectionDataSource(rows));
            return ReportExports.pdf(context, print, new ReportExports.Metadata(title, title, "coordreport"), true);
        } catch (JRException e) {
            throw new IllegalStateException("cannot lay out " + template + ": " + e.getMessage(), e);
        }
    }
}
