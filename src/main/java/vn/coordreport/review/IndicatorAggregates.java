package vn.coordreport.review;

/**
 * The indicator figures of a review as SQL aggregates, over rows with the
 * columns {@code quantity}, {@code amount_vnd}, {@code counterpart}, {@code note} and the
 * flags {@code in_period}, {@code in_previous} and {@code since_effective},
 * partners counted by {@code partner_key} (V125: one partner however the case
 * and the spaces of its name are written): the review's own statement and
 * the benchmark's set-based floor share them, so the floor computes exactly
 * what a review does. {@code note} is the period's records' note when every one
 * of them carries the same, else null: "Khẩu trang y tế" on each record of masks
 * given says what they were. Compared as written (but for the spaces around):
 * a second {@code partner_key} of every record of a period, beside the
 * counterpart's, would cost the nightly aggregation a regular expression and
 * a case fold per record for a rare difference, which only leaves the generic
 * wording.
 */
public final class IndicatorAggregates {

    /** The select-list of the figures, each named as the review reads it. */
    public static final String COLUMNS = """
            count(*) filter (where in_period) as records,
                   sum(quantity) filter (where in_period) as quantity,
                   sum(amount_vnd) filter (where in_period) as amount_vnd,
                   count(distinct partner_key(counterpart)) filter (where in_period) as counterparts,
                   count(*) filter (where in_previous) as previous_records,
                   sum(quantity) filter (where in_previous) as previous_quantity,
                   sum(amount_vnd) filter (where in_previous) as previous_amount_vnd,
                   count(distinct partner_key(counterpart)) filter (where in_previous) as previous_counterparts,
                   sum(quantity) filter (where since_effective) as total_since_effective,
                   case when min(btrim(note)) filter (where in_period) = max(btrim(note)) filter (where in_period)
                             and count(*) filter (where in_period and coalesce(btrim(note), '') = '') = 0
                        then min(btrim(note)) filter (where in_period) end as note""";

    private IndicatorAggregates() {
    }
}
