package vn.coordreport.pipeline;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * One report a job may produce: an agreement's report for a period.
 *
 * @param calendar null for the agreement's own calendar, else the deployment's
 */
record ReportItem(String agreementCode, Period period, PeriodCalendar calendar) {
}
