package vn.coordreport.ingest.template;

import java.util.Map;

import vn.coordreport.ingest.format.Column;
import vn.coordreport.ingest.format.FileSpec;

/**
 * What a template says over each column of the import format: the Vietnamese heading a clerk reads above
 * the code the import reads, and the line of the guide sheet that explains it. A column explained for
 * one sheet only is keyed {@code sheet.column}; the others by the column alone.
 */
public final class TemplateColumns {

    record Wording(String heading, String explanation) {
    }

    static final Map<FileSpec, String> SHEET_TITLES = Map.of(
            FileSpec.RECORDS, "Số liệu: từng sự việc, từng số đếm",
            FileSpec.RESULTS, "Kết quả đạt được",
            FileSpec.LIMITATIONS, "Hạn chế, tồn tại",
            FileSpec.TASKS, "Phương hướng, nhiệm vụ trọng tâm",
            FileSpec.TARGETS, "Chỉ tiêu kế hoạch của kỳ",
            FileSpec.COMMENDATIONS, "Khen thưởng",
            FileSpec.CONFERENCES, "Hội nghị sơ kết, tổng kết",
            FileSpec.ASSESSMENTS, "Đánh giá, bài học, kiến nghị");

    private static final Map<String, Wording> WORDINGS = Map.ofEntries(
            w("agreement", "Quy chế phối hợp", "Số, ký hiệu của quy chế phối hợp, đúng như trong danh sách."),
            w("indicator", "Chỉ tiêu", "Mã chỉ tiêu, chọn trong danh sách; tên và đơn vị tính ở trang Danh mục."),
            w("date", "Ngày", "Ngày, dạng dd/mm/yyyy (ví dụ 05/03/2024)."),
            w("quantity", "Số lượng", "Số lượng, không âm; để trống là 1. Phần thập phân (nếu có) sau dấu thập phân."),
            w("targets.quantity", "Kế hoạch", "Giá trị kế hoạch của chỉ tiêu trong kỳ."),
            w("amount_vnd", "Số tiền (đồng)", "Giá trị bằng tiền, số nguyên đồng."),
            w("counterpart", "Đối tác", "Đối tác tham gia (tổ chức nước ngoài, quốc gia của đoàn...), để đếm số đối tác."),
            w("agency", "Cơ quan báo cáo", "Mã cơ quan gửi số liệu, chọn trong danh sách."),
            w("note", "Ghi chú", "Ghi chú tự do. Với vật tư, hàng hóa trao tặng (AID_SUPPLIES), nên ghi tên hàng"
                    + " (ví dụ: Khẩu trang y tế): báo cáo ghi tên này trong ngoặc sau số lượng."),
            w("ref", "Số hiệu dòng", "Mã của dòng trong sổ theo dõi của cơ quan; gửi lại cùng số hiệu là sửa dòng đó."),
            w("field", "Lĩnh vực", "Mã lĩnh vực, chọn trong danh sách."),
            w("text", "Nội dung", "Nội dung, viết thành câu như trong báo cáo."),
            w("resolved_on", "Ngày khắc phục", "Ngày hạn chế được khắc phục; để trống khi chưa khắc phục."),
            w("cause", "Nguyên nhân", "Nguyên nhân của hạn chế."),
            w("period", "Kỳ báo cáo", "Kỳ: 2019-H1, 2019-H2, 2020-9M, 2021-Q3, 2021 hoặc khoảng ngày 2016-06-25..2023-10-25."),
            w("lead_agency", "Cơ quan chủ trì", "Mã cơ quan chủ trì nhiệm vụ, chọn trong danh sách."),
            w("due_on", "Thời hạn", "Thời hạn hoàn thành, dạng dd/mm/yyyy."),
            w("status", "Tình trạng", "PLANNED: chưa thực hiện; IN_PROGRESS: đang thực hiện; DONE: đã hoàn thành; "
                    + "DROPPED: dừng thực hiện. Để trống là PLANNED."),
            w("done_on", "Ngày hoàn thành", "Ngày hoàn thành nhiệm vụ, dạng dd/mm/yyyy."),
            w("reference", "Văn bản chỉ đạo", "Văn bản giao nhiệm vụ, ví dụ Quyết định số 01/QĐ-UBND ngày 02/01/2019."),
            w("commendations.kind", "Đối tượng", "COLLECTIVE: tập thể; INDIVIDUAL: cá nhân."),
            w("count", "Số lượng", "Số tập thể hoặc cá nhân được khen; để trống là 1."),
            w("recipient", "Được khen", "Tên tập thể, cá nhân được khen thưởng."),
            w("award", "Hình thức khen", "Hình thức khen thưởng, ví dụ Giấy khen của Giám đốc Sở."),
            w("commendations.date", "Ngày khen", "Ngày khen thưởng, dạng dd/mm/yyyy."),
            w("conferences.date", "Ngày họp", "Ngày tổ chức hội nghị, dạng dd/mm/yyyy."),
            w("place", "Địa điểm", "Nơi tổ chức hội nghị."),
            w("chairs", "Chủ trì", "Các đồng chí chủ trì, cách nhau bởi dấu chấm phẩy (;)."),
            w("conferences.name", "Tên hội nghị", "Tên hội nghị, ví dụ Hội nghị sơ kết 6 tháng."),
            w("assessments.kind", "Loại nội dung", "SITUATION: đặc điểm tình hình; LEADERSHIP: lãnh đạo, chỉ đạo, triển khai; "
                    + "LESSON: bài học kinh nghiệm; PROPOSAL: kiến nghị, đề xuất; DIRECTION: ý kiến chỉ đạo."),
            w("order", "Thứ tự", "Thứ tự của đoạn trong cùng loại nội dung: số nguyên từ 0."));

    private TemplateColumns() {
    }

    static Wording of(FileSpec sheet, Column column) {
        Wording w = wording(sheet, column);
        if (w == null) {
            throw new IllegalStateException("no Vietnamese heading for " + sheet.baseName() + "." + column.name());
        }
        return column.required() ? new Wording(w.heading() + " (*)", w.explanation()) : w;
    }

    /**
     * The column of {@code sheet} whose Vietnamese heading (row 1 of the template, with or without its {@code (*)})
     * this is, in any case: a sheet saved as CSV without its row of codes names its columns so.
     */
    public static java.util.Optional<Column> headedAs(FileSpec sheet, String heading) {
        String h = heading.strip().replaceFirst("\\s*\\(\\*\\)$", "");
        return sheet.columns.stream().filter(c -> {
            Wording w = wording(sheet, c);
            return w != null && w.heading().equalsIgnoreCase(h);
        }).findFirst();
    }

    private static Wording wording(FileSpec sheet, Column column) {
        Wording w = WORDINGS.get(sheet.baseName() + "." + column.name());
        return w != null ? w : WORDINGS.get(column.name());
    }

    private static Map.Entry<String, Wording> w(String key, String heading, String explanation) {
        return Map.entry(key, new Wording(heading, explanation));
    }
}
