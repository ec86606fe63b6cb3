package vn.coordreport.render;

import static vn.coordreport.render.PrintableText.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * A {@link ReportDocument} as the template reads it: the header and closing
 * blocks as parameters, the body as one row per paragraph, table or chart, each
 * carrying the headings before it (and a paragraph the paragraph that leads
 * into it, ending in a colon), so that neither ends a page alone. Texts are JasperReports "styled" markup:
 * what comes from the data is escaped, and every text is made printable.
 */
final class JasperLayout {

    /** Width of the header's left column in the template (points). */
    static final int HEADER_LEFT_WIDTH = 190;
    /** Width of the summary under BÁO CÁO in the template (points). */
    private static final int SUMMARY_WIDTH = 427;
    private static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private JasperLayout() {
    }

    static Map<String, Object> parameters(ReportDocument document, Format format, ReportFonts fonts) {
        ReportDocument.Masthead m = document.masthead();
        ReportDocument.Closing c = document.closing();
        Map<String, Object> p = new HashMap<>();
        p.put("PARTY", m.party());
        p.put("PARENT", of(TitleLines.balanced(m.parent(), fonts.regular(), 13f, HEADER_LEFT_WIDTH)));
        p.put("AGENCY", of(TitleLines.balanced(m.agency(), fonts.bold(), 13f, HEADER_LEFT_WIDTH)));
        p.put("AGENCY_RULE_WIDTH", TextWidth.ruleUnder(fonts.bold(), m.agency(), 13f, HEADER_LEFT_WIDTH));
        p.put("PARTY_RULE_WIDTH", (int) Math.round(TextWidth.width(fonts.bold(), PARTY_TITLE, 14f)));
        p.put("NUMBER_LINE", of(m.numberLine()));
        p.put("PLACE_DATE", of(m.placeDate()));
        p.put("SUMMARY", of(TitleLines.of(m.summary(), fonts.bold(), 14f, SUMMARY_WIDTH)));
        p.put("CLOSING", of(c.paragraph()));
        p.put("RECIPIENTS", of(String.join("\n", c.recipients())));
        p.put("SIGNER_TITLE", of(String.join("\n", c.signerTitle())));
        p.put("SIGNER_NAME", of(c.signerName()));
        p.put("DRAFT", m.draft());
        p.put("WATERMARK", m.draft() && format == Format.PDF);
        return p;
    }

    static List<Map<String, ?>> rows(ReportDocument document, ReportFonts fonts, JasperReportsContext context) {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String lead = null;
        List<Block> body = document.body();
        int tables = 0;
        for (int b = 0; b < body.size(); b++) {
            Block block = body.get(b);
            if (block instanceof Block.Heading h) {
                String text = escape(of(h.text()));
                headings.add(h.level() == 3 ? "<i>" + text + "</i>" : "<b>" + text + "</b>");
                continue;
            }
            if (block instanceof Block.Chart c) {
                rows.addAll(chartRows(c, fonts, tables, headings));
                headings.clear();
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            if (block instanceof Block.Paragraph p && p.leadsIn() && b + 1 < body.size()
                    && body.get(b + 1) instanceof Block.Paragraph && lead == null) {
                lead = markup(p);
                continue;
            }
            if (block instanceof Block.Paragraph p) {
                row.put("kind", "PARAGRAPH");
                row.put("text", markup(p));
                row.put("lead", lead);
                lead = null;
            } else if (block instanceof Block.Table t) {
                tables++;
                row.put("kind", "TABLE");
                row.put("table", TableTemplates.of(t.columns(), context));
                row.put("tableRows", tableRows(t));
                Map<String, Object> heads = new HashMap<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    heads.put("H" + i, of(t.columns().get(i).header()));
                }
                row.put("tableParameters", heads);
                row.put("note", of(t.note()));
            }
            // the tables so far: the template's group "table" breaks at each, asking for room to start it
            row.put("tableIndex", tables);
            if (!headings.isEmpty()) {
                row.put("heading", String.join("\n", headings));
                headings.clear();
            }
            rows.add(row);
        }
        if (!headings.isEmpty()) {
            throw new IllegalStateException("headings without content: " + headings);
        }
        return rows;
    }

    /**
     * The body's last paragraph, with its headings and the paragraph leading into it, taken from {@code rows} to
     * stand in the summary band with the closing paragraph and the signature: so the signed page never holds the
     * closing and the signature alone. As parameters {@code LAST_HEADING}, {@code LAST_LEAD} and {@code LAST_TEXT};
     * nothing where the body ends with a table or a chart (too tall to move with the signature).
     */
    static Map<String, Object> lastParagraph(List<Map<String, ?>> rows) {
        Map<String, Object> p = new HashMap<>();
        if (rows.size() > 1 && "PARAGRAPH".equals(rows.get(rows.size() - 1).get("kind"))) {
            Map<String, ?> last = rows.remove(rows.size() - 1);
            p.put("LAST_HEADING", last.get("heading"));
            p.put("LAST_LEAD", last.get("lead"));
            p.put("LAST_TEXT", last.get("text"));
        }
        return p;
    }

    /**
     * A chart's rows, one per indicator's picture, so that a page may break between them: the headings over the
     * first, the caption under the last.
     */
    private static List<Map<String, ?>> chartRows(Block.Chart chart, ReportFonts fonts, int tables, List<String> headings) {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<ChartImage.Picture> pictures = ChartImage.draw(chart.data(), fonts);
        for (int i = 0; i < pictures.size(); i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", "CHART");
            row.put("image", pictures.get(i).png());
            row.put("text", i == pictures.size() - 1 ? of(chart.caption()) : null);
            row.put("tableIndex", tables);
            row.put("heading", i == 0 && !headings.isEmpty() ? String.join("\n", headings) : null);
            rows.add(row);
        }
        return rows;
    }

    /** A field's row goes with the row under it: one band, never split; an indicator's detail rows with it. */
    private static List<Map<String, ?>> tableRows(Block.Table table) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String group = null;
        int item = 0;
        for (Block.Row r : table.rows()) {
            if (r.group() != null) {
                group = of(r.group());
                continue;
            }
            item += r.sub() ? 0 : 1;
            Map<String, Object> row = new HashMap<>();
            row.put("item", String.valueOf(item));
            for (int i = 0; i < r.cells().size(); i++) {
                row.put("c" + i, of(r.cells().get(i)));
            }
            row.put("group", group);
            group = null;
            rows.add(row);
        }
        return rows;
    }

    private static String markup(Block.Paragraph paragraph) {
        StringBuilder s = new StringBuilder();
        for (Block.Run run : paragraph.runs()) {
            String text = escape(of(run.text()));
            s.append(run.italic() && !text.isEmpty() ? "<i>" + text + "</i>" : text);
        }
        return s.toString();
    }

    /** Escapes text for JasperReports styled markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
