package vn.coordreport.ingest.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.coordreport.ingest.format.Column;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.template.TemplateData.Choice;

/**
 * The list sheet of a template: each list a code column with the Vietnamese name beside it, and a named
 * range over the codes that the drop-downs of the data sheets take their values from (a drop-down can
 * only put in the cell what it shows, and the import reads codes: the names are read here).
 */
public final class TemplateLists {

    /**
     * What the lists hold: the catalogue's codes, the agreement's parties, the agreement, and the periods a row
     * may name (none: any): the period the template is of, then those whose tasks and targets its report calls
     * the next period's ({@link vn.coordreport.period.Period#following}).
     */
    public record Content(List<Choice> indicators, List<Choice> fields, List<Choice> agencies, Choice agreement,
            List<Choice> periods) {
    }

    static final List<Choice> TASK_STATES = List.of(new Choice("PLANNED", "Chưa thực hiện (theo kế hoạch)"),
            new Choice("IN_PROGRESS", "Đang thực hiện"), new Choice("DONE", "Đã hoàn thành"),
            new Choice("DROPPED", "Dừng thực hiện"));
    static final List<Choice> COMMENDATION_KINDS = List.of(new Choice("COLLECTIVE", "Tập thể"),
            new Choice("INDIVIDUAL", "Cá nhân"));
    static final List<Choice> ASSESSMENT_KINDS = List.of(new Choice("SITUATION", "Đặc điểm tình hình"),
            new Choice("LEADERSHIP", "Công tác lãnh đạo, chỉ đạo, triển khai"),
            new Choice("LESSON", "Bài học kinh nghiệm"), new Choice("PROPOSAL", "Kiến nghị, đề xuất"),
            new Choice("DIRECTION", "Ý kiến chỉ đạo của chủ trì hội nghị"));

    private final XSSFSheet sheet;
    private final XSSFWorkbook book;
    private final Map<String, String> names = new HashMap<>();
    private int column;

    TemplateLists(XSSFWorkbook book, Content content, CellStyle heading) {
        this.book = book;
        this.sheet = book.createSheet(TemplateSheets.LISTS);
        list("ds_quy_che", "Quy chế phối hợp", List.of(content.agreement()), heading, "agreement");
        list("ds_chi_tieu", "Chỉ tiêu", content.indicators(), heading, "indicator");
        list("ds_linh_vuc", "Lĩnh vực", content.fields(), heading, "field");
        list("ds_co_quan", "Cơ quan", content.agencies(), heading, "agency", "lead_agency");
        list("ds_tinh_trang", "Tình trạng nhiệm vụ", TASK_STATES, heading, "status");
        list("ds_khen_thuong", "Đối tượng khen thưởng", COMMENDATION_KINDS, heading, "commendations.kind");
        list("ds_danh_gia", "Loại nội dung đánh giá", ASSESSMENT_KINDS, heading, "assessments.kind");
        if (!content.periods().isEmpty()) {
            list("ds_ky", "Kỳ", content.periods(), heading, "period");
        }
    }

    /** The named range a column's drop-down reads, or null when it has none. */
    String listFor(FileSpec spec, Column column) {
        String name = names.get(spec.baseName() + "." + column.name());
        return name != null ? name : names.get(column.name());
    }

    private void list(String name, String title, List<Choice> choices, CellStyle heading, String... columns) {
        int c = column;
        column += 3;
        row(0).createCell(c).setCellValue(title);
        row(0).getCell(c).setCellStyle(heading);
        row(1).createCell(c).setCellValue("Mã");
        row(1).createCell(c + 1).setCellValue("Tên");
        for (int i = 0; i < choices.size(); i++) {
            row(2 + i).createCell(c).setCellValue(choices.get(i).code());
            row(2 + i).createCell(c + 1).setCellValue(choices.get(i).name());
        }
        sheet.setColumnWidth(c, 22 * 256);
        sheet.setColumnWidth(c + 1, 50 * 256);
        if (choices.isEmpty()) {
            return;
        }
        Name range = book.createName();
        range.setNameName(name);
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
        range.setRefersToFormula("'" + TemplateSheets.LISTS + "'!$" + letter + "$3:$" + letter + "$" + (2 + choices.size()));
        for (String column : columns) {
            names.put(column, name);
        }
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }
}
