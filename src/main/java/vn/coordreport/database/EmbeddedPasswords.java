package vn.coordreport.database;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.coordreport.messages.Messages;

/**
 * The passwords of the embedded server's roles, kept in {@code $COORDREPORT_HOME/pgpass}, readable by its owner only.
 * The server asks every connection for its role's password (SCRAM), so another account of the machine, which reaches
 * the server's port on 127.0.0.1 as well, gets nothing from it without the file. The file is in PostgreSQL's own
 * format ({@code host:port:database:role:password}), so an administrator reads the database with
 * {@code PGPASSFILE=$COORDREPORT_HOME/pgpass psql -h localhost -p <port> -U coordreport_app postgres}.
 */
final class EmbeddedPasswords {

    static final String FILE = "pgpass";
    static final String SUPERUSER = "postgres";
    /** In the data folder: the SHA-256 of the superuser's password of the file that goes with it. */
    static final String MARK = "coordreport-pgpass.sha256";

    private static final List<String> ROLES = List.of(SUPERUSER, EmbeddedRoles.OWNER, EmbeddedRoles.APPLICATION);
    /** What this class writes: a password it may put in SQL and in a file of colon-separated fields as it is. */
    private static final Pattern WRITTEN = Pattern.compile("[A-Za-z0-9_-]{20,}");

    private final Path file;
    private final Map<String, String> byRole;

    private EmbeddedPasswords(Path file, Map<String, String> byRole) {
        this.file = file;
        this.byRole = byRole;
    }

    /**
     * The home's passwords, made the first time. A server that already asks for passwords and a file that is gone
     * cannot be opened: that is said, with what to do, rather than the server's "password authentication failed".
     */
    static EmbeddedPasswords of(Path home, Path data) {
        Path file = home.resolve(FILE).toAbsolutePath();
        try {
            if (Files.exists(file)) {
                EmbeddedPasswords passwords = read(file);
                passwords.requireOfThisFolder(data);
                return passwords;
            }
            // new passwords for a server another process runs would not be the ones it knows
            if (EmbeddedAccess.asksPasswords(data) || LeftServer.heldByAnotherProcess(data)) {
                throw new EmbeddedServerFailure(Messages.text("database.embedded.passwordsMissing", file, data));
            }
            return create(file);
        } catch (IOException e) {
            throw new EmbeddedServerFailure(DatabaseFailures.embeddedCannotStart(data, e), e);
        }
    }

    /**
     * Refuses the passwords of another home: a data folder copied back from a backup without its passwords' file
     * beside it. The server would then refuse every connection, and the library wait a minute for one before it gave
     * up, leaving the server running. The folder keeps a digest of its superuser's password ({@link #MARK}), written
     * once the server has taken the password; a folder without one (before this) is not checked.
     */
    private void requireOfThisFolder(Path data) throws IOException {
        Path mark = data.resolve(MARK);
        if (Files.isRegularFile(mark) && !Files.readString(mark, StandardCharsets.UTF_8).strip().equals(digest())) {
            throw new EmbeddedServerFailure(Messages.text("database.embedded.passwordsOfAnotherFolder", file, data));
        }
    }

    /** Marks the data folder as this file's, once its server took the passwords. */
    void markFolder(Path data) throws IOException {
        Path mark = data.resolve(MARK);
        if (!Files.isRegularFile(mark) || !Files.readString(mark, StandardCharsets.UTF_8).strip().equals(digest())) {
            Files.writeString(mark, digest() + "\n", StandardCharsets.UTF_8);
        }
    }

    private String digest() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(of(SUPERUSER).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String of(String role) {
        return byRole.get(role);
    }

    Path file() {
        return file;
    }

    private static EmbeddedPasswords read(Path file) throws IOException {
        Map<String, String> byRole = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            lines = List.of(); // not text this class wrote: said below as a file that cannot be read
        }
        keepPrivate(file);
        for (String line : lines) {
            String[] fields = line.strip().split(":", -1);
            if (fields.length == 5 && ROLES.contains(fields[3]) && WRITTEN.matcher(fields[4]).matches()) {
                byRole.put(fields[3], fields[4]);
            }
        }
        if (!byRole.keySet().containsAll(ROLES)) {
            throw new EmbeddedServerFailure(Messages.text("database.embedded.passwordsUnreadable", file,
                    String.join(", ", ROLES)));
        }
        return new EmbeddedPasswords(file, byRole);
    }

    /** A file copied with the permissions of its copy (644) is made its owner's alone again, as psql asks. */
    private static void keepPrivate(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"))) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not the file's owner, or no POSIX permissions: it is read as it is
        }
    }

    private static EmbeddedPasswords create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        Map<String, String> byRole = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String role : ROLES) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            byRole.put(role, password);
            text.append("localhost:*:*:").append(role).append(':').append(password).append('\n');
        }
        Files.createDirectories(file.getParent());
        // written whole under another name, then linked: a process killed half way leaves no half file, and of two
        // processes starting on a new home at once the second reads the first's passwords (the link is not replaced)
        Path partial = Files.createTempFile(file.getParent(), FILE, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new EmbeddedPasswords(file, byRole);
    }
}
