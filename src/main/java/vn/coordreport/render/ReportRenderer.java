package vn.coordreport.render;

import java.awt.Font;
import java.util.Map;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.coordreport.files.TempFolders;
import vn.coordreport.review.Review;

/**
 * Lays a {@link Review} out as a Vietnamese administrative report (Decree
 * 30/2020, Appendix I) and exports it as PDF, PDF/A-2b or DOCX. Thread-safe:
 * the template is compiled once, on first use, and each call fills its own copy.
 * Its fonts ({@link ReportFonts}) are read from copies among the process's
 * temporary files.
 */
@Component
public class ReportRenderer {

    static final String TEMPLATE = "reports/review-report.jrxml";

    private final ReportContext context;
    private final ReportTemplate template;
    private final Font bold;

    public ReportRenderer(TempFolders temp) {
        ReportFonts fonts = new ReportFonts(temp.newFolder("fonts-"));
        this.context = new ReportContext(fonts);
        this.template = new ReportTemplate(TEMPLATE, context);
        this.bold = fonts.bold();
    }

    public RenderedReport render(Review review, RenderOptions options) {
        try {
            Map<String, Object> parameters = PrintableText.parameters(ReportParameters.of(review, options, bold));
            JRMapCollectionDataSource body = new JRMapCollectionDataSource(PrintableText.rows(ReportBody.rows(review)));
            JasperPrint print = JasperFillManager.getInstance(context).fill(template.get(), parameters, body);
            ComputedWidths.apply(print);
            FirstLineIndents.restore(print);
            ReportExports.Metadata metadata = new ReportExports.Metadata(
                    PrintableText.of("Báo cáo " + ReportWording.lowerFirst(ReportWording.summary(review))),
                    PrintableText.of(review.agreement().code() + " - " + review.period()),
                    PrintableText.of(review.agreement().lead().name()));
            byte[] content = switch (options.format()) {
                case PDF -> ReportExports.pdf(context, print, metadata, options.finalReport());
                case DOCX -> ReportExports.docx(context, print, metadata);
            };
            return new RenderedReport(content, options.format(), print.getPages().size());
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the report for " + review.agreement().code()
                    + " " + review.period() + ": " + e.getMessage(), e);
        }
    }

    /** Compiles the template now rather than on the first report (e.g. at start-up). */
    public void warmUp() {
        template.get();
    }
}
