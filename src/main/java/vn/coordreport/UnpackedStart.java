package vn.coordreport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Starts {@code java -jar coordreport.jar} from an unpacked copy of the jar. Spring Boot's launcher reads every class
 * from inside the jar's 150 nested libraries, which made a command that only lists rows spend more than a second
 * opening nested entries: the same command run on the unpacked libraries starts that much sooner (docs/benchmark.md,
 * "Command times"). So the first start of a jar unpacks its {@code BOOT-INF} into the user's cache folder
 * ({@code $XDG_CACHE_HOME/coordreport}, else {@code ~/.cache/coordreport}), and every start runs the application
 * from there, in a class loader over the unpacked classes and libraries in the jar's own order.
 * <p>
 * A copy is named after the jar's path, size and modification time, so a rebuilt jar gets a new one; it is unpacked
 * under a temporary name and renamed when whole, so a process sees a complete copy or none, and two processes starting
 * together never mix theirs. Of the copies of earlier builds of the same jar, those not used for a day are removed,
 * and all but the two started last. If the cache folder cannot be used (not writable, or writable by others than
 * its owner), or with {@code -Dcoordreport.unpack=false}, the application runs from the jar as before: this only
 * ever changes how fast it starts.
 * <p>
 * Uses nothing but the JDK: it runs before any library is loaded.
 */
final class UnpackedStart {

    static final String DISABLE_PROPERTY = "coordreport.unpack";

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";
    private static final String SOURCE_FILE = "source";
    private static final String USED_FILE = "used";
    private static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final int KEPT_EARLIER_BUILDS = 2;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private UnpackedStart() {
    }

    /**
     * If {@code application} was loaded from inside a Spring Boot jar, runs its {@code main} again from the unpacked
     * copy and returns true when that run returns; false if it is already unpacked (or cannot be), and the caller goes
     * on as usual. A short command is run in a JVM of its own over the copy instead (ArchivedClassesStart), and this
     * JVM exits with its status.
     */
    static boolean relaunched(Class<?> application, String[] args) {
        Optional<Path> jar = packedJar(application);
        if (jar.isEmpty() || "false".equals(System.getProperty(DISABLE_PROPERTY))) {
            return false;
        }
        Optional<Path> copy;
        try {
            Optional<Path> cache = cacheFolder();
            copy = cache.isPresent() ? unpacked(jar.get(), cache.get()) : Optional.empty();
        } catch (IOException | UncheckedIOException | SecurityException cannot) {
            copy = Optional.empty();
        }
        if (copy.isEmpty()) {
            return false;
        }
        if (ArchivedClassesStart.suits(args)) {
            OptionalInt status;
            try {
                status = ArchivedClassesStart.run(copy.get(), application, args);
            } catch (IOException | UncheckedIOException | SecurityException cannot) {
                status = OptionalInt.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = OptionalInt.of(130);
            }
            if (status.isPresent()) {
                System.exit(status.getAsInt());
            }
        }
        ClassLoader loader = classLoader(copy.get(), application.getClassLoader().getParent());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(application.getName()).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start " + application.getName() + " from " + copy.get(), e);
        }
        return true;
    }

    /** The jar {@code application} was loaded from by Spring Boot's launcher, if it was. */
    private static Optional<Path> packedJar(Class<?> application) {
        ClassLoader loader = application.getClassLoader();
        if (loader == null || !loader.getClass().getName().startsWith("org.springframework.boot.loader.")) {
            return Optional.empty();
        }
        // java -jar coordreport.jar: the class path is the jar itself
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The user's cache folder for unpacked jars ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}). */
    private static Optional<Path> cacheFolder() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return cacheFolder(xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache"));
    }

    /** {@code coordreport} in the cache folder {@code base}, if it is the user's alone (created so if missing). */
    static Optional<Path> cacheFolder(Path base) throws IOException {
        Path folder = base.resolve("coordreport");
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(base);
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException createdMeanwhile) {
                // another process made it; checked below like any other
            }
        }
        return ownersOnly(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Whether only the user running this owns and may write {@code folder}: nobody else may plant classes there. */
    private static boolean ownersOnly(Path folder) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            return false;
        }
        Path probe = Files.createTempFile(folder, ".owner", "");
        try {
            return attributes.owner().equals(Files.getOwner(probe))
                    && !attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    && !attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** The complete unpacked copy of {@code jar} in {@code cache}, unpacking it first if there is none yet. */
    static Optional<Path> unpacked(Path jar, Path cache) throws IOException {
        String name = copyName(jar);
        Path copy = cache.resolve(name);
        if (!Files.isDirectory(copy.resolve("classes"))) {
            Path partial = cache.resolve(".partial-" + name + "-" + UUID.randomUUID());
            try {
                if (!unpack(jar, partial)) {
                    return Optional.empty();
                }
                Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException anotherWon) {
                // another process renamed its whole copy first (or the file system cannot rename atomically)
            } catch (FileSystemException notEmpty) {
                if (!Files.isDirectory(copy.resolve("classes"))) {
                    throw notEmpty;
                }
            } finally {
                deleteRecursively(partial);
            }
            if (!Files.isDirectory(copy.resolve("classes"))) {
                return Optional.empty();
            }
            removeStaleCopies(jar, cache, copy);
        }
        markUsed(copy);
        return Optional.of(copy);
    }

    /** The copy's name: the jar's name and a digest of its path, size and modification time. */
    private static String copyName(Path jar) throws IOException {
        String identity = jar + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis();
        return jar.getFileName().toString().replaceFirst("\\.jar$", "") + "-" + digest(identity);
    }

    /** The first 8 bytes of {@code identity}'s SHA-256, in hexadecimal: a name that changes when it does. */
    static String digest(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the jar's classes and libraries into {@code folder}: {@code classes/}, {@code lib/}, the class path
     * index and where it came from. False if {@code jar} is not a Spring Boot jar.
     */
    private static boolean unpack(Path jar, Path folder) throws IOException {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Path classes = folder.resolve("classes");
        Path lib = folder.resolve("lib");
        Files.createDirectories(classes);
        Files.createDirectories(lib);
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream application = new ZipOutputStream(
                        Files.newOutputStream(folder.resolve(ArchivedClassesStart.APPLICATION_JAR)))) {
            if (zip.getEntry(CLASSPATH_INDEX) == null) {
                return false;
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String inApplication = inApplicationJar(entry.getName());
                if (inApplication != null) {
                    application.putNextEntry(new ZipEntry(inApplication));
                    if (!entry.isDirectory()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(application);
                        }
                    }
                    application.closeEntry();
                }
                Path target = target(entry.getName(), classes, lib);
                if (target == null) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            try (InputStream in = zip.getInputStream(zip.getEntry(CLASSPATH_INDEX))) {
                Files.copy(in, folder.resolve("classpath.idx"));
            }
        }
        Files.writeString(folder.resolve(SOURCE_FILE), jar.toString());
        return true;
    }

    /**
     * The name an entry of the jar has in the copy's {@code application.jar}, the class path a JVM of its own starts
     * from (ArchivedClassesStart), which cannot be a folder: the classes and resources, and the jar's {@code META-INF}
     * (Spring Boot moves the application's {@code spring.factories} there) without the manifest and the launcher's
     * file system provider. Null for the rest.
     */
    private static String inApplicationJar(String entry) {
        if (entry.startsWith(CLASSES)) {
            return entry.length() > CLASSES.length() ? entry.substring(CLASSES.length()) : null;
        }
        boolean launchers = entry.equals("META-INF/MANIFEST.MF")
                || entry.equals("META-INF/services/java.nio.file.spi.FileSystemProvider");
        return entry.startsWith("META-INF/") && !launchers ? entry : null;
    }

    /** Where an entry of the jar goes in the copy; null for what is not unpacked (the launcher, the manifest). */
    private static Path target(String entry, Path classes, Path lib) throws IOException {
        Path root;
        String relative;
        if (entry.startsWith(CLASSES)) {
            root = classes;
            relative = entry.substring(CLASSES.length());
        } else if (entry.startsWith(LIB) && entry.endsWith(".jar") && entry.indexOf('/', LIB.length()) < 0) {
            root = lib;
            relative = entry.substring(LIB.length());
        } else {
            return null;
        }
        if (relative.isEmpty()) {
            return null;
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("The jar's entry " + entry + " points outside the folder it is unpacked into");
        }
        return target;
    }

    /**
     * Removes the other copies of the same jar (earlier builds of it) that no process has started from for a day, and
     * beyond the {@value #KEPT_EARLIER_BUILDS} most recently started ones any other: rebuilding all day would
     * otherwise keep a 100 MB copy of each build until the next day. One started within the day may still serve a
     * process, hence the few kept. A copy of a jar that no longer exists (a folder removed, a version replaced under
     * another name) is removed too once unused for a day: nothing would ever start from it again.
     */
    private static void removeStaleCopies(Path jar, Path cache, Path current) throws IOException {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        List<Path> earlier = new ArrayList<>();
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(cache)) {
            for (Path copy : copies) {
                Path source = copy.resolve(SOURCE_FILE);
                if (copy.equals(current) || !Files.isRegularFile(source) || !Files.isRegularFile(copy.resolve(USED_FILE))) {
                    continue;
                }
                String sourceJar = Files.readString(source);
                if (sourceJar.equals(jar.toString())) {
                    earlier.add(copy);
                } else if (!Files.exists(Path.of(sourceJar)) && lastUsed(copy).isBefore(staleBefore)) {
                    deleteRecursively(copy);
                }
            }
        }
        earlier.sort(Comparator.comparing(UnpackedStart::lastUsed).reversed());
        for (int i = 0; i < earlier.size(); i++) {
            if (i >= KEPT_EARLIER_BUILDS || lastUsed(earlier.get(i)).isBefore(staleBefore)) {
                deleteRecursively(earlier.get(i));
            }
        }
    }

    private static Instant lastUsed(Path copy) {
        try {
            return Files.getLastModifiedTime(copy.resolve(USED_FILE)).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }

    private static void markUsed(Path copy) {
        try {
            Path used = copy.resolve(USED_FILE);
            if (!Files.exists(used)) {
                Files.createFile(used);
            }
            Files.setLastModifiedTime(used, FileTime.from(Instant.now()));
        } catch (IOException notCritical) {
            // only the removal of stale copies reads it
        }
    }

    /** A class loader over the copy: its classes first, then its libraries in the jar's class path order. */
    static URLClassLoader classLoader(Path copy, ClassLoader parent) {
        try {
            List<URL> urls = new ArrayList<>();
            urls.add(copy.resolve("classes").toUri().toURL());
            for (Path library : libraries(copy)) {
                urls.add(library.toUri().toURL());
            }
            return new URLClassLoader(urls.toArray(URL[]::new), parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The copy's libraries, in the jar's class path order. */
    static List<Path> libraries(Path copy) throws IOException {
        List<Path> libraries = new ArrayList<>();
        for (String line : Files.readAllLines(copy.resolve("classpath.idx"))) {
            // - "BOOT-INF/lib/spring-core-7.0.8.jar"
            String entry = line.strip().replaceFirst("^- ", "").replace("\"", "");
            if (entry.startsWith(LIB)) {
                libraries.add(copy.resolve("lib").resolve(entry.substring(LIB.length())));
            }
        }
        return libraries;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
