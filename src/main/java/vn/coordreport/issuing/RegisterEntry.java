package vn.coordreport.issuing;

import java.time.LocalDate;

/**
 * One line of the register of outgoing documents (sổ đăng ký văn bản đi,
 * Decree 30/2020, Appendix IV), in its columns: Số, ký hiệu văn bản; Ngày
 * tháng văn bản; Tên loại và trích yếu nội dung; Người ký; Nơi nhận văn bản;
 * Đơn vị, người nhận bản lưu; Số lượng bản; Ngày chuyển; Ký nhận; Ghi chú.
 *
 * @param numberSymbol  e.g. {@code 05/BC-SNgV}
 * @param versionId     the issued document in the archive; null for a line entered otherwise
 */
public record RegisterEntry(String agencyCode, int year, int number, String numberSymbol, LocalDate issuedOn,
        String title, String signerName, String recipients, String archiveCopy, int copies, LocalDate transferredOn,
        String receivedBy, String notes, Long versionId, String issuedBy) {
}
