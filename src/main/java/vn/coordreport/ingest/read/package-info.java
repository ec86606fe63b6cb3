/**
 * Reading what is imported: CSV files and workbook sheets as rows, the limits a workbook or an upload must keep
 * (sizes, XML tokens, entry names), and the SHA-256 that makes a file known.
 *
 * <p>Internal to the ingest module: a type or member is public here only because another package of ingest
 * ({@code vn.coordreport.ingest} and its sub-packages) uses it; Spring Modulith keeps it from other modules
 * (ModularityTests).
 */
package vn.coordreport.ingest.read;
