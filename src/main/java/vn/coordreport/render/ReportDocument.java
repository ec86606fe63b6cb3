package vn.coordreport.render;

import java.util.List;

/**
 * A report as the clerk would write it: the header block, the body in reading
 * order, and the closing block. The PDF and the Word document are both written
 * from it, so both carry the same text.
 *
 * @param missingSigner  the code of the lead agency when this is a final and no signer name is known for it
 *                       (the report is still made, and listed as lacking one); null otherwise
 */
record ReportDocument(Masthead masthead, List<Block> body, Closing closing, String missingSigner) {

    /**
     * The header block. {@code party}: a Party body's document (Hướng dẫn 36-HD/VPTW), else a state one
     * (Decree 30/2020).
     *
     * @param parent      the superior body in capitals, e.g. {@code UBND TỈNH QUẢNG TRỊ}; may be empty
     * @param agency      the issuing agency in capitals
     * @param numberLine  {@code Số: 05/BC-SNgV} (state) or {@code Số 05-BC/ĐU} (Party); a draft's number is blank
     * @param placeDate   {@code Quảng Trị, ngày 18 tháng 01 năm 2022}
     * @param summary     the trích yếu under {@code BÁO CÁO}
     */
    record Masthead(boolean party, String parent, String agency, String numberLine, String placeDate,
            String summary, boolean draft) {
    }

    /**
     * The end of the report, kept on one page: the closing paragraph, then Nơi nhận on the left and the
     * signature on the right.
     *
     * @param signerTitle  its lines in capitals: {@code GIÁM ĐỐC}, {@code KT. GIÁM ĐỐC} over {@code PHÓ GIÁM ĐỐC},
     *                     {@code T/M ĐẢNG ỦY} over {@code BÍ THƯ}
     * @param signerName   the signer's name, or null where none is known
     */
    record Closing(String paragraph, List<String> recipients, List<String> signerTitle, String signerName) {
    }
}
