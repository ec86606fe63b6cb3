/**
 * The import of coordination data (CSV folders and .xlsx workbooks, as
 * ../shared/import-format.md says): streamed into staging tables with COPY,
 * validated with SQL, applied in one transaction, recorded, and undoable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "period", "catalog", "files", "database"})
package vn.coordreport.ingest;
