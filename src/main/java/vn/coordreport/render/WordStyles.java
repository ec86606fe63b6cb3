package vn.coordreport.render;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The Word document's styles and page: Times New Roman (Liberation Serif, its
 * metric twin, where Times is missing) 13 pt, in Vietnamese (vi-VN); body paragraphs justified with a
 * 1 cm first-line indent and 6 pt before; headings as Word headings (outline
 * levels, kept with the next paragraph); A4 with the margins of Decree 30
 * (top and bottom 20 mm, left 30 mm, right 15 mm) and the page number, a PAGE
 * field, centred in the top margin from page 2 on, a draft's boxed DỰ THẢO at
 * its right.
 */
final class WordStyles {

    static final String BODY = "BodyReport";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String FONT = "Times New Roman";
    /** The document's language, for spelling and grammar (BCP 47, as Word writes it). */
    static final String LANGUAGE = "vi-VN";
    /** Points to twentieths of a point. */
    static final int TWIPS = 20;

    private WordStyles() {
    }

    static void apply(XWPFDocument document, boolean draft) {
        XWPFStyles styles = document.createStyles();
        language(styles);
        styles.addStyle(style("Normal", "Normal", null, true, false, false, 26, 0, 0, STJc.LEFT, -1));
        styles.addStyle(style(BODY, "Body Text Report", "Normal", false, false, false, 26, 567, 120, STJc.BOTH, -1));
        styles.addStyle(style(HEADING_1, "heading 1", "Normal", false, true, false, 26, 567, 120, STJc.BOTH, 0));
        styles.addStyle(style(HEADING_2, "heading 2", "Normal", false, true, false, 26, 567, 120, STJc.BOTH, 1));
        styles.addStyle(style(HEADING_3, "heading 3", "Normal", false, false, true, 26, 567, 120, STJc.BOTH, 2));
        page(document, draft);
    }

    /**
     * Vietnamese as the language of every run, in the document's defaults, which every style and run inherits: without
     * it Word and LibreOffice checked the text's spelling as English and underlined nearly every word. Only the Latin
     * script's language is set: Vietnamese is written in it, and no run is East Asian or complex script.
     */
    private static void language(XWPFStyles word) {
        CTStyles styles = word.getCtStyles();
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPrDefault runDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr run = runDefault.isSetRPr() ? runDefault.getRPr() : runDefault.addNewRPr();
        (run.sizeOfLangArray() > 0 ? run.getLangArray(0) : run.addNewLang()).setVal(LANGUAGE);
    }

    /**
     * A4, Decree 30's margins, the page number in the top margin of every page but the first; a draft's mark at the
     * right of it, as page 1 has its own: a printed later page of a draft was unmarked, and read as a final's. Text on
     * the number's line, not a watermark shape: the header keeps its one line, so the body and its page breaks do not
     * move, and Word and LibreOffice show it alike.
     */
    private static void page(XWPFDocument document, boolean draft) {
        XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph number = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        if (draft) {
            // the number centred and the mark at the right margin by tab stops, as Word's own Header style sets them
            number.setAlignment(ParagraphAlignment.LEFT);
            int width = 11906 - mm(30) - mm(15);
            var tabs = (number.getCTP().isSetPPr() ? number.getCTP().getPPr() : number.getCTP().addNewPPr()).addNewTabs();
            tabs.addNewTab().setVal(STTabJc.CENTER);
            tabs.getTabArray(0).setPos(BigInteger.valueOf(width / 2));
            tabs.addNewTab().setVal(STTabJc.RIGHT);
            tabs.getTabArray(1).setPos(BigInteger.valueOf(width));
            number.createRun().addTab();
        } else {
            number.setAlignment(ParagraphAlignment.CENTER);
        }
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("2");
        if (draft) {
            number.createRun().addTab();
            WordFrame.draftMark(number);
        }
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setHeader(BigInteger.valueOf(mm(8)));
        margins.setFooter(BigInteger.valueOf(mm(8)));
        margins.setGutter(BigInteger.ZERO);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** Fonts of a run: Times New Roman for every script, so Vietnamese letters stay in it. */
    static void fonts(CTRPr run) {
        CTFonts fonts = run.sizeOfRFontsArray() > 0 ? run.getRFontsArray(0) : run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private static XWPFStyle style(String id, String name, String basedOn, boolean isDefault, boolean bold,
            boolean italic, int halfPoints, int firstLine, int before, STJc.Enum align, int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (isDefault) {
            style.setDefault(true);
        }
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(outlineLevel >= 0 ? BODY : id);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewJc().setVal(align);
        // two lines of a paragraph at least on either side of a page break, as in the PDF: without the setting,
        // which Word's own Normal style carries, LibreOffice left "(nước CHDCND Lào)." alone at a page's top
        paragraph.addNewWidowControl();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.ZERO);
        if (firstLine > 0) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(firstLine));
        }
        if (outlineLevel >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = style.addNewRPr();
        fonts(run);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        run.addNewColor().setVal("000000");
        return new XWPFStyle(style);
    }
}
