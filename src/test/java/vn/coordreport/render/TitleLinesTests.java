package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The header's names break between their groups of words, as a clerk sets them: what the agency is, whose, where;
 * "Bộ đội" is never cut.
 */
class TitleLinesTests {

    private static final Font REGULAR = ReportFonts.shared().regular();
    private static final Font BOLD = ReportFonts.shared().bold();
    private static final List<String> NAMES = List.of("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH",
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ", "CÔNG AN TỈNH TÂY NINH",
            "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH", "UBND TỈNH THỪA THIÊN HUẾ");

    /** The upper name in regular, the issuing body in bold, in the header's left column. */
    private static String upper(String name) {
        return TitleLines.balanced(name, REGULAR, 13f, JasperLayout.HEADER_LEFT_WIDTH);
    }

    private static String issuing(String name) {
        return TitleLines.balanced(name, BOLD, 13f, JasperLayout.HEADER_LEFT_WIDTH);
    }

    @Test
    void breaksAfterWhatTheAgencyIsAndBeforeWhoseAndWhere() {
        // not "BỘ TƯ LỆNH BỘ" above "ĐỘI BIÊN PHÒNG", the most balanced lines
        assertThat(upper("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG")).isEqualTo("BỘ TƯ LỆNH\nBỘ ĐỘI BIÊN PHÒNG");
        assertThat(issuing("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG")).isEqualTo("BỘ TƯ LỆNH\nBỘ ĐỘI BIÊN PHÒNG");
        assertThat(issuing("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ"))
                .isEqualTo("BỘ CHỈ HUY\nBỘ ĐỘI BIÊN PHÒNG\nTỈNH QUẢNG TRỊ");
        // not "BỘ CHỈ HUY BỘ ĐỘI" above "BIÊN PHÒNG TỈNH": the Border Guard's name whole
        assertThat(issuing("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH")).isEqualTo("BỘ CHỈ HUY\nBỘ ĐỘI BIÊN PHÒNG TỈNH");
        assertThat(issuing("ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH")).isEqualTo("ĐẢNG ỦY\nBỘ ĐỘI BIÊN PHÒNG TỈNH");
        assertThat(upper("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN");
        assertThat(upper("SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ")).isEqualTo("SỞ NGOẠI VỤ\nTỈNH QUẢNG TRỊ");
        assertThat(issuing("UBND TỈNH THỪA THIÊN HUẾ")).isEqualTo("UBND\nTỈNH THỪA THIÊN HUẾ");
    }

    @Test
    void readsXaHoiAsAWordNotACommune() {
        // Sở Lao động - Thương binh và Xã hội: "XÃ" here begins no place, and the province still does
        String lines = issuing("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG TRỊ");
        assertThat(lines.replace('\n', ' ')).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG TRỊ");
        assertThat(lines).as(lines).doesNotContain("XÃ\nHỘI", "\nXÃ HỘI TỈNH", "VÀ\nXÃ").endsWith("\nTỈNH QUẢNG TRỊ");
    }

    @Test
    void keepsANameThatFitsOnOneLine() {
        assertThat(upper("CÔNG AN TỈNH TÂY NINH")).isEqualTo("CÔNG AN TỈNH TÂY NINH");
        assertThat(issuing("CÔNG AN TỈNH TÂY NINH")).isEqualTo("CÔNG AN TỈNH TÂY NINH");
        assertThat(upper("UBND TỈNH THỪA THIÊN HUẾ")).isEqualTo("UBND TỈNH THỪA THIÊN HUẾ");
    }

    @Test
    void neverCutsBoDoiNorLeavesTheProvinceWordAlone() {
        for (String name : NAMES) {
            for (Font font : List.of(REGULAR, BOLD)) {
                String lines = TitleLines.balanced(name, font, 13f, JasperLayout.HEADER_LEFT_WIDTH);
                assertThat(lines.replace('\n', ' ')).as(lines).isEqualTo(name);
                assertThat(lines).as(lines).doesNotContain("BỘ\nĐỘI", "BIÊN\nPHÒNG", "\nTỈNH\n").doesNotEndWith("\nTỈNH")
                        .doesNotContain("TỈNH\nQUẢNG", "QUẢNG\nTRỊ", "TỈNH\nLẠNG", "TỈNH\nTÂY", "NHÂN\nDÂN");
                assertThat(lines.lines()).as(lines).allSatisfy(line -> assertThat(
                        TextWidth.width(font, line, 13f)).isLessThanOrEqualTo(JasperLayout.HEADER_LEFT_WIDTH));
            }
        }
    }

    @Test
    void setsANameWhoseGroupIsWiderThanTheLineWordByWord() {
        // "TỈNH QUẢNG TRỊ" is 111 pt wide in bold: in 100 pt the name is broken between any words, each line fitting
        String lines = TitleLines.balanced("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ", BOLD, 13f, 100);
        assertThat(lines.replace('\n', ' ')).isEqualTo("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG TRỊ");
        assertThat(lines.lines()).allSatisfy(line -> assertThat(TextWidth.width(BOLD, line, 13f)).isLessThanOrEqualTo(100));
    }
}
