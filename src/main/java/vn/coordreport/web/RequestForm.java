package vn.coordreport.web;

/**
 * The report request form as posted.
 *
 * @param kind DRAFT (bản dự thảo) or FINAL (bản chính thức)
 */
record RequestForm(String agreement, String period, String format, String kind) {
}
