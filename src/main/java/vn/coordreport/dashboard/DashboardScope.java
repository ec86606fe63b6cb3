package vn.coordreport.dashboard;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/**
 * What the dashboard shows: one province, optionally one agreement and one field, and a named period.
 *
 * @param agreementCode  null for every agreement of the province
 * @param fieldCode      null for every field
 */
public record DashboardScope(String province, String agreementCode, String fieldCode, Period period) {

    public DashboardScope {
        if (province == null || province.isBlank()) {
            throw new IllegalArgumentException(Messages.text("dashboard.noProvince"));
        }
        if (period == null || period.kind() == Period.Kind.RANGE) {
            throw new IllegalArgumentException(Messages.text("dashboard.namedPeriod"));
        }
        agreementCode = blankToNull(agreementCode);
        fieldCode = blankToNull(fieldCode);
    }

    /** This scope, of every agreement of its province. */
    public DashboardScope everyAgreement() {
        return new DashboardScope(province, null, fieldCode, period);
    }

    /** This scope, of one agreement of its province. */
    public DashboardScope withAgreement(String code) {
        return new DashboardScope(province, code, fieldCode, period);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
