package vn.coordreport.pipeline;

/**
 * Published, in the transaction that stored it, when a newly rendered final
 * PDF is archived (by the period close, a {@code report --final} or a request):
 * it waits to be reviewed, signed and issued (module issuing).
 *
 * @param versionId       the archived version
 * @param emptyForPeriod  its review has nothing of the period to say (no figure, no text)
 */
public record FinalArchived(long versionId, String agreementCode, String period, boolean emptyForPeriod) {
}
