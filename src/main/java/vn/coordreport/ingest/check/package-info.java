/**
 * Checking: rows checked in Java, the checks across files in SQL over the staging tables (codes, terms, province
 * limit, locked periods) and the problems they find, capped and in file order.
 *
 * <p>Internal to the ingest module: a type or member is public here only because another package of ingest
 * ({@code vn.coordreport.ingest} and its sub-packages) uses it; Spring Modulith keeps it from other modules
 * (ModularityTests).
 */
package vn.coordreport.ingest.check;
