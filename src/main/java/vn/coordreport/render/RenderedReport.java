package vn.coordreport.render;

/**
 * A rendered report.
 *
 * @param content        the file's bytes
 * @param format         its format
 * @param pages          how many pages the report was laid out on (the PDF's; a Word document's flow is
 *                       the word processor's, within a page of it)
 * @param missingSigner  for a final made while no signer name is known, the code of the agency whose
 *                       {@code signer_name} is to be filled in; null otherwise
 */
public record RenderedReport(byte[] content, Format format, int pages, String missingSigner) {

    public RenderedReport(byte[] content, Format format, int pages) {
        this(content, format, pages, null);
    }

    public String contentType() {
        return format.contentType();
    }

    /** The file name extension, without the dot: {@code pdf}, {@code docx}. */
    public String extension() {
        return format.extension();
    }
}
