package vn.coordreport.render;

/** The file formats a report is rendered to. */
public enum Format {

    /** PDF; PDF/A-2b for a final report. */
    PDF("application/pdf", "pdf"),
    /** A Word document, for editing before signature. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
