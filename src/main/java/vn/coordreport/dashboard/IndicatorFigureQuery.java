package vn.coordreport.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;

/**
 * The indicator sums of each (agreement, period of the trend): one range scan of
 * {@code record_agreement_date} per pair, index only (the index includes the indicator and the quantity), the
 * same rows a review of that agreement and period sums. The periods' dates are the agreement's calendar's,
 * so they are computed here and passed as arrays.
 */
@Component
class IndicatorFigureQuery {

    private static final String SUMS = """
            with slot as (
                select * from unnest(cast(:agreements as int[]), cast(:slots as int[]),
                                     cast(:froms as date[]), cast(:tos as date[])) s (agreement_id, slot, day_from, day_to)
            ),
            sums as (
                select s.agreement_id, s.slot, r.indicator_id, sum(r.quantity) as quantity
                from slot s
                join record r on r.agreement_id = s.agreement_id and r.occurred_on between s.day_from and s.day_to
                group by s.agreement_id, s.slot, r.indicator_id
            ),
            targets as (
                select agreement_id, indicator_id, quantity
                from target
                where agreement_id = any(cast(:agreements as int[])) and period = :period
            )
            select coalesce(x.agreement_id, t.agreement_id) as agreement_id, coalesce(x.slot, -1) as slot,
                   i.code, i.name, f.name as field_name, i.unit,
                   trim_scale(coalesce(x.quantity, 0)) as quantity, trim_scale(t.quantity) as target
            from sums x
            full join targets t on t.agreement_id = x.agreement_id and t.indicator_id = x.indicator_id
                                and x.slot = :last
            join indicator i on i.id = coalesce(x.indicator_id, t.indicator_id)
            join field f on f.id = i.field_id
            where (:field = '' or f.code = :field)
            order by f.id, i.position nulls last, i.id
            """;

    private final JdbcClient jdbc;

    IndicatorFigureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sum of one agreement, one slot of the trend (-1: a target with no record in the period), one indicator. */
    record Sum(int agreementId, int slot, String code, String name, String fieldName, String unit,
            BigDecimal quantity, BigDecimal target) {
    }

    IndicatorFigures figures(List<ScopedAgreement> agreements, Period period, String fieldCode, int length) {
        List<Period> periods = ScopedAgreement.trend(period, length);
        List<Sum> sums = sums(agreements, periods, period, fieldCode);
        Set<Integer> comparable = agreements.stream().filter(a -> a.comparable(period))
                .map(ScopedAgreement::id).collect(Collectors.toSet());
        boolean[] inEffect = new boolean[periods.size()];
        for (int slot = 0; slot < periods.size(); slot++) {
            Period p = periods.get(slot);
            inEffect[slot] = agreements.stream().anyMatch(a -> a.inEffect(p));
        }
        Map<String, Builder> rows = new LinkedHashMap<>();
        for (Sum s : sums) {
            Builder row = rows.computeIfAbsent(s.code(), c -> new Builder(s, length));
            row.add(s, length, comparable.contains(s.agreementId()));
        }
        // an agreement not in effect at all in the period has no figure of it to compare: it is not named
        List<String> notComparable = agreements.stream().filter(a -> !comparable.contains(a.id()) && a.inEffect(period))
                .map(ScopedAgreement::code).toList();
        boolean anyComparable = !comparable.isEmpty();
        return new IndicatorFigures(periods, rows.values().stream().map(b -> b.build(anyComparable, inEffect)).toList(),
                notComparable);
    }

    List<Sum> sums(List<ScopedAgreement> agreements, List<Period> periods, Period period, String fieldCode) {
        List<String> ids = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        List<String> tos = new ArrayList<>();
        for (ScopedAgreement a : agreements) {
            for (int slot = 0; slot < periods.size(); slot++) {
                DateRange range = a.range(periods.get(slot));
                ids.add(Integer.toString(a.id()));
                slots.add(Integer.toString(slot));
                froms.add(range.from().toString());
                tos.add(range.to().toString());
            }
        }
        return jdbc.sql(SUMS).param("agreements", array(ids)).param("slots", array(slots))
                .param("froms", array(froms)).param("tos", array(tos)).param("period", period.toString())
                .param("last", periods.size() - 1).param("field", fieldCode == null ? "" : fieldCode)
                .query(Sum.class).list();
    }

    static String array(List<String> items) {
        return "{" + String.join(",", items) + "}";
    }

    /** One indicator's row, summed over the agreements. */
    private static final class Builder {
        private final Sum first;
        private final BigDecimal[] trend;
        private BigDecimal target;
        private BigDecimal reachedOfTarget;
        private BigDecimal previous;
        private BigDecimal currentComparable;

        Builder(Sum first, int length) {
            this.first = first;
            this.trend = new BigDecimal[length];
            Arrays.fill(trend, BigDecimal.ZERO);
        }

        void add(Sum s, int length, boolean comparable) {
            int last = length - 1;
            if (s.slot() >= 0) {
                trend[s.slot()] = trend[s.slot()].add(s.quantity());
            }
            if (s.target() != null) {
                target = plus(target, s.target());
                reachedOfTarget = plus(reachedOfTarget, s.slot() == last ? s.quantity() : BigDecimal.ZERO);
            }
            if (comparable && s.slot() == last - 1) {
                previous = plus(previous, s.quantity());
            }
            if (comparable && s.slot() == last) {
                currentComparable = plus(currentComparable, s.quantity());
            }
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
            return sum == null ? value : sum.add(value);
        }

        /**
         * Where some agreement may be compared, a figure it lacks is a zero (nothing recorded), not a blank; a
         * period in which no regulation of the scope was in effect has no figure (null), not a zero.
         */
        IndicatorFigures.Row build(boolean anyComparable, boolean[] inEffect) {
            BigDecimal zero = anyComparable ? BigDecimal.ZERO : null;
            BigDecimal[] shown = trend.clone();
            for (int slot = 0; slot < shown.length; slot++) {
                if (!inEffect[slot] && shown[slot].signum() == 0) {
                    shown[slot] = null;
                }
            }
            return new IndicatorFigures.Row(first.code(), first.name(), first.fieldName(), first.unit(),
                    Collections.unmodifiableList(Arrays.asList(shown)), target, reachedOfTarget,
                    previous != null ? previous : zero,
                    currentComparable != null ? currentComparable : zero);
        }
    }
}
