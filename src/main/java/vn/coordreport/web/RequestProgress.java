package vn.coordreport.web;

import vn.coordreport.pipeline.ReportRequestStatus;

/** A request's progress as the page's script reads it ({@code /requests/{id}/status}). */
record RequestProgress(long id, String status, String statusLabel, int percent, String step, String error,
        String downloadUrl, String note) {

    /** @param noteOrNull what the user is to know of the report given, when it is not plainly a new one */
    static RequestProgress of(ReportRequestStatus r, String noteOrNull) {
        return new RequestProgress(r.id(), r.status(), label(r.status()), r.percent(), r.step(), r.error(),
                r.done() && r.versionId() != null ? "/reports/" + r.versionId() + "/download" : null, noteOrNull);
    }

    /** The statuses in the page's words. */
    static final java.util.Map<String, String> LABELS = java.util.Map.of("QUEUED", "Đang chờ", "RUNNING",
            "Đang lập báo cáo", "DONE", "Hoàn tất", "FAILED", "Thất bại");

    static String label(String status) {
        return LABELS.getOrDefault(status, status);
    }
}
