/**
 * The import format (shared/import-format.md) as code: its files ({@link vn.coordreport.ingest.format.FileSpec}),
 * their columns and the types of their values.
 *
 * <p>Internal to the ingest module: a type or member is public here only because another package of ingest
 * ({@code vn.coordreport.ingest} and its sub-packages) uses it; Spring Modulith keeps it from other modules
 * (ModularityTests).
 */
package vn.coordreport.ingest.format;
