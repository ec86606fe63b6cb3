package vn.coordreport.render;

import java.nio.file.Path;

import vn.coordreport.files.TempFolders;

/** A renderer as the application makes one; its temporary files (the fonts) under {@code target/render-tmp}. */
final class Renderers {

    private Renderers() {
    }

    static ReportRenderer create() {
        return new ReportRenderer(new TempFolders(Path.of("target", "render-tmp")));
    }
}
