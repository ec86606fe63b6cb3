package vn.coordreport.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.review.Review.IndicatorFigure;
import vn.coordreport.review.Review.TermYear;
import vn.coordreport.review.Review.YearDetail;

/**
 * A term review (tổng kết giai đoạn) has no "cùng kỳ": it gives each figure
 * year by year. The years are the calendar's years (Decree 09: 15 December to
 * 14 December) cut to the term, so that a whole year's column equals that
 * year's annual review; the term's last year runs to the term's end (the days
 * after a 14 December are not a year of their own). One range scan sums each indicator's quantity and amount
 * and counts its partners ({@code partner_key}) per year, the year found by {@code width_bucket} over the years' first days.
 */
@Component
class TermYearQuery {

    private static final String BY_YEAR = """
            select i.code, width_bucket(r.occurred_on, string_to_array(:starts, ',')::date[]) as year_index,
                   trim_scale(sum(r.quantity)) as quantity, sum(r.amount_vnd) as amount_vnd,
                   count(distinct partner_key(r.counterpart)) as counterparts
            from record r
            join indicator i on i.id = r.indicator_id
            where r.agreement_id = :agreement
              and r.occurred_on between :from::date and :to::date
            group by i.code, year_index
            """;

    private final JdbcClient jdbc;

    TermYearQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The years a range period spans, each cut to it; empty for a named period. */
    static List<TermYear> years(Scope scope) {
        if (scope.period().kind() != Period.Kind.RANGE) {
            return List.of();
        }
        List<TermYear> years = new ArrayList<>();
        DateRange term = scope.range();
        for (int year = term.from().getYear(); year <= term.to().getYear(); year++) {
            DateRange whole = Period.year(year).range(scope.calendar());
            LocalDate from = later(whole.from(), term.from());
            // the term's last year runs to its end: a term to 31/12/2022 has no column "2023" of its last fortnight
            LocalDate to = year == term.to().getYear() || whole.to().isAfter(term.to()) ? term.to() : whole.to();
            if (!to.isBefore(from)) {
                years.add(new TermYear(year, new DateRange(from, to)));
            }
        }
        return List.copyOf(years);
    }

    /** The figures with their quantities, amounts and counterparts year by year (unchanged without years). */
    List<IndicatorFigure> withYears(Scope scope, List<TermYear> years, List<IndicatorFigure> figures) {
        if (years.isEmpty()) {
            return figures;
        }
        String starts = String.join(",", years.stream().map(y -> y.range().from().toString()).toList());
        Map<String, BigDecimal[]> byCode = new HashMap<>();
        Map<String, YearDetail[]> detailsByCode = new HashMap<>();
        jdbc.sql(BY_YEAR).param("agreement", scope.agreementId()).param("starts", starts)
                .param("from", scope.from()).param("to", scope.to())
                .query(rs -> {
                    String code = rs.getString("code");
                    int year = rs.getInt("year_index") - 1;
                    byCode.computeIfAbsent(code, c -> zeros(years.size()))[year] = rs.getBigDecimal("quantity");
                    long amount = rs.getLong("amount_vnd");
                    detailsByCode.computeIfAbsent(code, c -> none(years.size()))[year] =
                            new YearDetail(rs.wasNull() ? null : amount, rs.getLong("counterparts"));
                });
        return figures.stream().map(f -> f.withYears(Arrays.asList(byCode.getOrDefault(f.code(), zeros(years.size()))),
                Arrays.asList(detailsByCode.getOrDefault(f.code(), none(years.size()))))).toList();
    }

    private static YearDetail[] none(int n) {
        YearDetail[] none = new YearDetail[n];
        Arrays.fill(none, YearDetail.NONE);
        return none;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] zeros = new BigDecimal[n];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
