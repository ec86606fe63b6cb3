/**
 * Loading: files copied into staging tables, records streamed into {@code record} or staging, rows matched with
 * those stored (re-submission), and the set-based writes of an import.
 *
 * <p>Internal to the ingest module: a type or member is public here only because another package of ingest
 * ({@code vn.coordreport.ingest} and its sub-packages) uses it; Spring Modulith keeps it from other modules
 * (ModularityTests).
 */
package vn.coordreport.ingest.load;
