package vn.coordreport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.coordreport.files.WholeFiles;

/**
 * Files that JasperReports or AWT want as paths, though they ship in the jar
 * (the sRGB profile, the fonts): one file per content in the system's
 * temporary folder, named by the start of its SHA-256, written whole
 * ({@link WholeFiles}) when missing and shared by every process. A killed
 * process leaves nothing of its own behind, and no process removes a file
 * that another one, or another application context of the same JVM, still
 * reads.
 */
final class SharedCopies {

    private SharedCopies() {
    }

    /** The copy of {@code content}: {@code <java.io.tmpdir>/<prefix><hash><suffix>}, written if it is not there. */
    static Path of(String prefix, byte[] content, String suffix) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        String name = prefix + sha256(content).substring(0, 16) + suffix;
        Path path = folder.resolve(name);
        try {
            if (Files.isRegularFile(path) && Files.size(path) == content.length) {
                return path;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return WholeFiles.write(folder, name, content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
