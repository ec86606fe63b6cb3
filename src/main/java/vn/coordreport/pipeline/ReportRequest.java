package vn.coordreport.pipeline;

import java.nio.file.Path;
import java.util.List;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;

/**
 * One report asked for: an agreement, a period, the formats, draft or final.
 *
 * @param calendar null to use the agreement's calendar, or else the deployment's
 */
public record ReportRequest(String agreementCode, Period period, PeriodCalendar calendar,
        List<Format> formats, boolean finalReport, Path outDir) {
}
