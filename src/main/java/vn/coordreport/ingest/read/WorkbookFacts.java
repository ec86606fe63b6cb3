package vn.coordreport.ingest.read;

/**
 * What a workbook's XML says that FastExcel does not tell, learnt by {@link WorkbookCheck} as it reads every part.
 *
 * @param valuesUnstored some formula whose value is a number, a boolean or an error was saved without it (no
 *                       {@code <v>}, or an empty one as openpyxl writes): the program that saved the workbook does
 *                       not store the values of formulas, so an empty stored value is none
 * @param date1904       the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}: the older default of
 *                       Excel for Mac, openpyxl's {@code CALENDAR_MAC_1904}), where the same day is 1462 less than from 1900.
 *                       FastExcel reads the flag only when written {@code true}, not {@code 1} as Excel writes it
 * @param period         the period the workbook is a template of, as its custom properties say; null for another
 *                       workbook, or a blank template
 */
public record WorkbookFacts(boolean valuesUnstored, boolean date1904, TemplatePeriod period) {
}
