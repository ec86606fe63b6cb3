package vn.coordreport.issuing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Keys and images for the issuing tests, made at test time: PKCS#12 files by
 * {@code keytool} (as an office would make a test key) or in memory
 * ({@link SelfSignedKeys}), a blue signature and a red round seal
 * (transparent PNGs, the seal with its real size, 40 mm, in its resolution).
 * <p>
 * Each name has one key for the test JVM, made the first time it is asked for:
 * making an RSA key took a test JVM a second or more of CPU, and the suite
 * asked for some sixty keys of a dozen names. Different names still have
 * different keys, and every call still gets a file and a certificate of its own.
 */
public final class TestKeys {

    private static final Map<String, KeyPair> PAIRS = new ConcurrentHashMap<>();
    private static final Map<List<String>, byte[]> KEYTOOL_FILES = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    /**
     * A PKCS#12 file made by {@code keytool -genkeypair}: RSA 2048, self-signed, with this name; the same alias,
     * name and password give a copy of the file keytool made the first time.
     */
    public static Path keytool(Path folder, String alias, String commonName, String password) {
        byte[] made = KEYTOOL_FILES.computeIfAbsent(List.of(alias, commonName, password),
                key -> runKeytool(alias, commonName, password));
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(alias + ".p12"), made);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] runKeytool(String alias, String commonName, String password) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("keytool");
            Path file = folder.resolve(alias + ".p12");
            Process process = new ProcessBuilder("keytool", "-genkeypair", "-storetype", "PKCS12", "-keystore",
                    file.toString(), "-storepass", password, "-keypass", password, "-alias", alias, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "3650", "-dname", "CN=" + commonName + ", O=Test, C=VN")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (folder != null) {
                FileSystemUtils.deleteRecursively(folder.toFile());
            }
        }
    }

    /** A PKCS#12 file of the name's RSA key and a new self-signed certificate, made in memory (fast). */
    public static byte[] pkcs12(String alias, String commonName, String password) {
        return SelfSignedKeys.pkcs12(alias, commonName, password.toCharArray(), rsa(commonName));
    }

    static SigningKey inMemory(String commonName) {
        KeyPair pair = rsa(commonName);
        return new SigningKey(pair.getPrivate(), List.of(selfSigned(pair, commonName, false)), null);
    }

    /** The name's RSA 2048 key pair. */
    static KeyPair rsa(String name) {
        return PAIRS.computeIfAbsent(name, n -> SelfSignedKeys.rsa2048());
    }

    static X509Certificate selfSigned(KeyPair pair, String commonName, boolean authority) {
        try {
            X500Name name = new X500Name("CN=" + commonName + ", O=Test, C=VN");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A blue signature on a transparent background, 600 x 240 pixels. */
    public static byte[] signaturePng() {
        return SelfSignedKeys.signature();
    }

    /** A red round seal on a transparent background, 472 pixels at 300 dpi: 40 mm across. */
    public static byte[] sealPng() {
        return SelfSignedKeys.seal();
    }
}
