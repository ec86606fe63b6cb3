package vn.coordreport.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@link IndicatorQuery}: an indicator's totals, or (agencyRow) one
 * reporting agency's share of the period's quantity, which follows its totals.
 */
record IndicatorRow(String code, String name, String fieldCode, String fieldName, String unit, String phrase,
        boolean agencyRow, String agencyCode, String agencyName,
        long records, BigDecimal quantity, Long amountVnd, long counterparts,
        long previousRecords, BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
        BigDecimal target, BigDecimal totalSinceEffective, String note) {

    /** Attaches each agency row to the totals row before it. */
    static List<Review.IndicatorFigure> assemble(List<IndicatorRow> rows) {
        List<Review.IndicatorFigure> figures = new ArrayList<>();
        IndicatorRow totals = null;
        List<Review.AgencyShare> shares = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (!row.agencyRow()) {
                if (totals != null) {
                    figures.add(totals.figure(shares));
                }
                totals = row;
                shares = new ArrayList<>();
            } else {
                shares.add(new Review.AgencyShare(row.agencyCode(), row.agencyName(), row.quantity()));
            }
        }
        if (totals != null) {
            figures.add(totals.figure(shares));
        }
        return List.copyOf(figures);
    }

    private Review.IndicatorFigure figure(List<Review.AgencyShare> byAgency) {
        return new Review.IndicatorFigure(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd,
                counterparts, previousQuantity, previousAmountVnd, previousCounterparts, target,
                totalSinceEffective, List.copyOf(byAgency), previousRecords, phrase, List.of(), List.of(), note);
    }
}
