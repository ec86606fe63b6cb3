package vn.coordreport.generate;

import java.nio.file.Path;

/** One file written: its path and its number of data rows (the header not counted). */
public record GeneratedFile(Path path, long rows) {
}
