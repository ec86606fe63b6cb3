package vn.coordreport.ingest.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import vn.coordreport.messages.Messages;

/**
 * An uploaded import (a {@code .zip} of CSV files, one {@code .csv} file or an
 * {@code .xlsx} workbook) written into a private temporary folder, safely: only the
 * {@code .csv} entries at the top of a zip are taken (an entry inside a folder
 * is not read, nor one with {@code ..} or an absolute path), and the bytes
 * actually inflated are counted, so a zip bomb is stopped at
 * {@link #MAX_TOTAL_BYTES} whatever its headers say. A zip cut short or
 * damaged is refused naming the entry where it breaks.
 */
public final class Upload {

    static final int MAX_ENTRIES = 64;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Inflated bytes per compressed byte beyond which an archive is taken for a bomb (text compresses ~10:1). */
    static final long MAX_RATIO = 200;

    private Upload() {
    }

    /**
     * Writes the upload into {@code folder} and returns what to import: the
     * folder itself for a zip, the workbook file for an .xlsx.
     *
     * @throws IllegalArgumentException naming what is wrong with the upload
     */
    public static Path unpack(String fileName, InputStream content, Path folder) throws IOException {
        String name = baseName(fileName);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            Path book = folder.resolve(safeName(name, ".xlsx"));
            copy(content, book, 0, null);
            return book;
        }
        if (lower.endsWith(".csv")) {
            // one file of the import format, as the command line takes it: its name says which one
            Path csv = folder.resolve(safeName(name, ".csv"));
            copy(content, csv, 0, null);
            return csv;
        }
        if (lower.endsWith(".zip")) {
            Path csv = Files.createDirectory(folder.resolve("csv"));
            unzip(content, csv);
            return csv;
        }
        String other = OtherSpreadsheets.advice(name);
        throw new IllegalArgumentException(other != null ? "'" + name + "': " + Messages.text(other)
                : Messages.text("upload.kind", name));
    }

    private static void unzip(InputStream content, Path folder) throws IOException {
        CountingInputStream counted = new CountingInputStream(content);
        Set<String> seen = new HashSet<>();
        String nested = null;
        String current = null;
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                current = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException(Messages.text("upload.tooManyEntries", String.valueOf(MAX_ENTRIES)));
                }
                if (hostile(entry.getName())) {
                    throw new IllegalArgumentException(Messages.text("upload.outside", entry.getName()));
                }
                String name = baseName(entry.getName());
                if (entry.isDirectory() || name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                if (!name.equals(entry.getName())) {
                    nested = nested == null && !entry.getName().startsWith("__MACOSX/") ? entry.getName() : nested;
                    continue;
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException(Messages.text("upload.twoFiles", name));
                }
                Path target = folder.resolve(safeName(name, ".csv"));
                total = copy(zip, target, total, counted);
                current = null;
            }
        } catch (ZipException | EOFException e) {
            throw new IllegalArgumentException(Messages.text(current == null ? "upload.damaged" : "upload.damagedEntry",
                    e.getMessage() == null ? "" : " (" + e.getMessage() + ")", current), e);
        }
        if (entries == 0) {
            throw new IllegalArgumentException(Messages.text("upload.empty"));
        }
        if (seen.isEmpty() && nested != null) {
            throw new IllegalArgumentException(Messages.text("upload.nested", nested));
        }
        if (seen.isEmpty()) {
            // said of the zip: its folder, unpacked under the name "csv", is nobody's to know of
            throw new IllegalArgumentException(Messages.text("upload.noCsv", ImportSource.fileList(".csv")));
        }
    }

    /**
     * Copies, stopping as soon as everything written ({@code before} + this file) passes
     * {@link #MAX_TOTAL_BYTES} or, for a zip, {@link #MAX_RATIO} times the compressed bytes read.
     * Returns the new total.
     */
    private static long copy(InputStream in, Path target, long before, CountingInputStream compressed)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = before;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > MAX_TOTAL_BYTES) {
                    throw new IllegalArgumentException(Messages.text("upload.tooLarge", String.valueOf(MAX_TOTAL_BYTES / (1024 * 1024))));
                }
                if (compressed != null && written > 1024 * 1024 && written > MAX_RATIO * Math.max(1, compressed.count)) {
                    throw new IllegalArgumentException(Messages.text("upload.bomb", String.valueOf(MAX_RATIO)));
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** An entry name that climbs out of its folder or is absolute (Zip Slip): a hostile archive, not a user's export. */
    static boolean hostile(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..") || n.indexOf('\0') >= 0;
    }

    /** The last segment of a path written with / or \ (a zip made on Windows), as given by the user. */
    public static String baseName(String path) {
        String p = path == null ? "" : path.strip();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }

    /** The name if it is a plain file name, else refused: nothing reaches the file system but letters, digits, '.', '-', '_' and spaces. */
    private static String safeName(String name, String extension) {
        if (name.isEmpty() || name.equals(extension) || !name.matches("[\\p{L}\\p{N} ._()-]{1,120}")
                || name.contains("..")) {
            throw new IllegalArgumentException(Messages.text("upload.badName", name));
        }
        return name;
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {

        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
