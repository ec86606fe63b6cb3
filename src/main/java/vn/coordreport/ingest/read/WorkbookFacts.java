package vn.coordreport.ingest.read;

/**
 * What a workbook's XML says that FastExcel does not tell, learnt by {@link WorkbookCheck} as it reads every part.
 *
 * @param valuesUnstored some formula whose value is a number, a boolean or an error was saved without it (no
 *                       {@code <v>}, or an empty one as openpyxl writes): the program that saved the workbook does
 *                       not store the values of formulas, so an empty stored value is none
 */
public record WorkbookFacts(boolean valuesUnstored) {
}
