package vn.coordreport.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.template.TemplateData;
import vn.coordreport.ingest.template.TemplateLists;
import vn.coordreport.ingest.template.TemplateWorkbook;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The module's façade for Excel templates: a workbook per agreement (and period) that an agency fills and
 * sends back through the import as it is (see {@link TemplateWorkbook}).
 */
@Service
public class Templates {

    private final TemplateData data;
    private final PeriodCalendar defaultCalendar;

    Templates(JdbcClient jdbc, @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar) {
        this.data = new TemplateData(jdbc);
        this.defaultCalendar = PeriodCalendar.fromId(defaultCalendar);
    }

    /**
     * Writes the template of an agreement; with a period, holding the rows stored for it.
     *
     * @throws IllegalArgumentException for an unknown agreement
     */
    public void write(String agreementCode, Period periodOrNull, OutputStream out) throws IOException {
        TemplateData.Agreement agreement = data.agreement(agreementCode)
                .orElseThrow(() -> new UnknownAgreement(agreementCode));
        Map<FileSpec, List<Object[]>> stored = TemplateWorkbook.noRows();
        if (periodOrNull != null) {
            for (FileSpec sheet : TemplateWorkbook.SHEETS) {
                stored.put(sheet, data.stored(sheet, agreement, periodOrNull, defaultCalendar));
            }
        }
        List<TemplateData.Choice> periods = periodOrNull == null ? List.of()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(periodOrNull), periodOrNull.following().stream())
                        .distinct().map(p -> new TemplateData.Choice(p.toString(), p.vietnameseName())).toList();
        var content = new TemplateLists.Content(data.indicators(), data.fields(), data.parties(agreement),
                new TemplateData.Choice(agreement.code(), agreement.title()), periods);
        TemplateWorkbook.Period days = periodOrNull == null ? null : new TemplateWorkbook.Period(
                periodOrNull.vietnameseName(), TemplateData.days(agreement, periodOrNull, defaultCalendar));
        new TemplateWorkbook(content, days).write(agreement.code() + " — " + agreement.title(),
                periodOrNull == null ? "Kỳ báo cáo: chưa chọn (mẫu trống)"
                        : "Kỳ báo cáo: " + periodOrNull + " (" + periodOrNull.vietnameseName() + "); các dòng có sẵn là số liệu đã lưu của kỳ",
                stored, out);
    }

    /** A file name for the template: the agreement's code with what a file name cannot hold replaced. */
    public static String fileName(String agreementCode, Period periodOrNull) {
        String base = "mau-so-lieu-" + agreementCode.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                + (periodOrNull == null ? "" : "-" + periodOrNull.toString().replace("..", "_"));
        return base + ".xlsx";
    }
}
