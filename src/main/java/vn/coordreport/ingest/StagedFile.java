package vn.coordreport.ingest;

import java.util.Set;

/**
 * A file loaded into its staging table: its rows, the columns its header
 * names, and whether it could be read to the end with a valid header.
 */
record StagedFile(FileSpec spec, String name, long rows, Set<String> columns, boolean readable) {
}
