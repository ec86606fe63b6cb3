/**
 * The .xlsx template of the import format: its sheets, guide, lists and the data it may be pre-filled with.
 *
 * <p>Internal to the ingest module: a type or member is public here only because another package of ingest
 * ({@code vn.coordreport.ingest} and its sub-packages) uses it; Spring Modulith keeps it from other modules
 * (ModularityTests).
 */
package vn.coordreport.ingest.template;
