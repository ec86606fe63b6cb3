package vn.coordreport.render;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chart shows: for each indicator one bar per series (this period and
 * the same period a year earlier, or each year of a term), indicators grouped
 * by unit so that each unit has a scale of its own.
 *
 * @param series  the series' names, oldest last for a comparison ({@code Năm 2021}, {@code Năm 2020}),
 *                in order of time for a term ({@code 2016} ... {@code 2023})
 */
record ChartData(List<String> series, List<UnitGroup> groups) {

    record UnitGroup(String unit, List<Item> items) {

        BigDecimal max() {
            return items.stream().flatMap(i -> i.values().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    /** @param values  one per series */
    record Item(String label, List<BigDecimal> values) {
    }
}
