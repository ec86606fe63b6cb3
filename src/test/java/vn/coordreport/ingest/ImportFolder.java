package vn.coordreport.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of import files written by a test. */
final class ImportFolder {

    /** The Quảng Trị sample's agreement: signed 2021-02-23, open-ended; agencies SNGV-QT and BDBP-QT. */
    static final String QT = "09/QCPH/SNgV-BP";
    static final Path QUANG_TRI = Path.of("src/main/resources/samples/quang-tri-2021");

    final Path path;

    ImportFolder(Path path) {
        this.path = path;
    }

    ImportFolder write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ImportFolder write(String name, String text, Charset charset) {
        return write(name, text.getBytes(charset));
    }

    ImportFolder write(String name, byte[] bytes) {
        try {
            Files.createDirectories(path);
            Files.write(path.resolve(name), bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
