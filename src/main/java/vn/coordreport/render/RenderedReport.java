package vn.coordreport.render;

/**
 * A rendered report.
 *
 * @param content  the file's bytes
 * @param format   its format
 * @param pages    how many pages the report was laid out on
 */
public record RenderedReport(byte[] content, Format format, int pages) {

    public String contentType() {
        return format.contentType();
    }

    /** The file name extension, without the dot: {@code pdf}, {@code docx}. */
    public String extension() {
        return format.extension();
    }
}
