package vn.coordreport.ingest.template;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.coordreport.ingest.format.Column;
import vn.coordreport.ingest.format.FileSpec;

/** The guide sheet of a template: what the workbook is for, how to fill it, and every column explained. */
final class TemplateGuide {

    private final XSSFSheet sheet;
    private final CellStyle heading;
    private int r;

    TemplateGuide(XSSFSheet sheet, CellStyle heading) {
        this.sheet = sheet;
        this.heading = heading;
    }

    void write(String agreementLine, String periodLine) {
        line("MẪU NHẬP SỐ LIỆU PHỐI HỢP").getCell(0).setCellStyle(heading);
        line("Quy chế phối hợp: " + agreementLine);
        line(periodLine);
        line("Mỗi trang (records, results, ...) là một loại số liệu. Dòng 1 là tên cột bằng tiếng Việt, dòng 2 là mã "
                + "cột mà chương trình đọc: không sửa, không xóa hai dòng này. Nhập từ dòng 3 trở đi, mỗi dòng một mục.");
        line("Các dòng đã có sẵn là số liệu của kỳ đã lưu; gửi lại, chúng không bị tính hai lần. Dòng nền xám bị khóa, "
                + "chỉ để xem: sửa một dòng như thế rồi gửi lại thì thành một dòng mới bên cạnh dòng cũ và số liệu bị "
                + "tính hai lần, nên muốn sửa hay bỏ dòng ấy, hãy hủy lần nhập đã đưa nó vào (trang Nhập dữ liệu) rồi "
                + "nhập lại. Dòng số liệu (trang records) có Số hiệu dòng thì sửa được, trừ Quy chế, Cơ quan báo cáo và "
                + "Số hiệu dòng: gửi lại, dòng đã lưu được thay bằng dòng đã sửa.");
        line("Trang tính được khóa không mật khẩu chỉ để tránh sửa nhầm: vẫn thêm, xóa, sắp xếp, lọc dòng được. Mã "
                + "(chỉ tiêu, lĩnh vực, cơ quan, tình trạng) chọn trong danh sách; tên của từng mã ở trang "
                + TemplateSheets.LISTS + ". Ngày gõ dạng dd/mm/yyyy.");
        line("Cột có dấu (*) là bắt buộc.");
        r++;
        Row head = line("Trang", "Mã cột", "Tên cột", "Giải thích");
        for (int c = 0; c < 4; c++) {
            head.getCell(c).setCellStyle(heading);
        }
        for (FileSpec spec : TemplateWorkbook.SHEETS) {
            line(spec.baseName(), "", TemplateColumns.SHEET_TITLES.get(spec), "");
            for (Column column : spec.columns) {
                TemplateColumns.Wording w = TemplateColumns.of(spec, column);
                line("", column.name(), w.heading(), w.explanation());
            }
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 90 * 256);
    }

    private Row line(String... cells) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return row;
    }
}
