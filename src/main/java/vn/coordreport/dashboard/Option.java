package vn.coordreport.dashboard;

/** A choice of a filter: its value and its label. */
public record Option(String value, String label) {
}
