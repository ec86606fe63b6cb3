package vn.coordreport.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Files are known by the SHA-256 of their bytes. */
public final class Hashing {

    private Hashing() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stream of the file that hashes what is read through it into {@code digest}. */
    public static InputStream open(Path file, MessageDigest digest) throws IOException {
        return new DigestInputStream(Files.newInputStream(file), digest);
    }

    /** Reads what is left of the stream, so that the digest covers the whole file. */
    public static String finish(InputStream in, MessageDigest digest) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = open(file, digest)) {
            return finish(in, digest);
        }
    }

}
