package vn.coordreport.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip files as a user's tool (or an attacker) makes them. */
final class Zips {

    private Zips() {
    }

    static byte[] of(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] ofFolder(Path folder) {
        try (var files = Files.list(folder)) {
            Map<String, byte[]> entries = new java.util.TreeMap<>();
            for (Path f : files.toList()) {
                entries.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
            return of(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
