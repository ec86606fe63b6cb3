/**
 * Synthetic coordination data in the import format (../shared/import-format.md):
 * a folder of CSV files, deterministic for a seed, streamed to disk so that
 * millions of records need no more memory than a few. Writes files only; knows
 * no SQL and no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files"})
package vn.coordreport.generate;
