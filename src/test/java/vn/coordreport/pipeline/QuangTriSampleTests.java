package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;

/**
 * What the on-demand tests share: the Quảng Trị sample imported once for the
 * test class (each subclass names a database of its own), its archive and a
 * temporary folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QuangTriSampleTests {

    static final String QT = "09/QCPH/SNgV-BP";

    @Autowired
    Importer importer;

    @Autowired
    ReportArchive archive;

    @TempDir
    Path temp;

    @BeforeAll
    void importQuangTri() {
        assertThat(importer.importPath(Path.of("src/main/resources/samples/quang-tri-2021"), false).status())
                .isEqualTo(ImportStatus.IMPORTED);
    }
}
