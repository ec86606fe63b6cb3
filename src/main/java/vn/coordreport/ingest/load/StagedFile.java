package vn.coordreport.ingest.load;

import java.util.Set;

import vn.coordreport.ingest.format.FileSpec;

/**
 * A file loaded into its staging table: its rows, the columns its header
 * names, and whether it could be read to the end with a valid header.
 */
public record StagedFile(FileSpec spec, String name, long rows, Set<String> columns, boolean readable) {
}
