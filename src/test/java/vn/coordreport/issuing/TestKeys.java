package vn.coordreport.issuing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and images for the issuing tests, made at test time: PKCS#12 files by
 * {@code keytool} (as an office would make a test key) or in memory, a blue
 * handwritten-looking signature and a red round seal (transparent PNGs, the
 * seal with its real size, 40 mm, in its resolution).
 */
public final class TestKeys {

    private TestKeys() {
    }

    /** A PKCS#12 file made by {@code keytool -genkeypair}: RSA 2048, self-signed, with this name. */
    public static Path keytool(Path folder, String alias, String commonName, String password) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(alias + ".p12");
            Files.deleteIfExists(file);
            Process process = new ProcessBuilder("keytool", "-genkeypair", "-storetype", "PKCS12", "-keystore",
                    file.toString(), "-storepass", password, "-keypass", password, "-alias", alias, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "3650", "-dname", "CN=" + commonName + ", O=Test, C=VN")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 file of a new RSA key and a self-signed certificate, made in memory (fast). */
    public static byte[] pkcs12(String alias, String commonName, String password) {
        try {
            KeyPair pair = rsa();
            X509Certificate certificate = selfSigned(pair, commonName, false);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKey inMemory(String commonName) {
        KeyPair pair = rsa();
        return new SigningKey(pair.getPrivate(), List.of(selfSigned(pair, commonName, false)), null);
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {40, 120, 160, 210, 260, 330, 380, 450, 520, 560};
        int[] ys = {170, 60, 190, 70, 180, 50, 170, 80, 150, 110};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        return png(image, null);
    }

    /** A red round seal on a transparent background, 472 pixels at 300 dpi: 40 mm across. */
    public static byte[] sealPng() {
        BufferedImage image = new BufferedImage(472, 472, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(210, 20, 20));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 452, 452);
        g.drawOval(60, 60, 352, 352);
        g.fillPolygon(new int[] {236, 262, 320, 274, 290, 236, 182, 198, 152, 210},
                new int[] {170, 220, 222, 255, 310, 278, 310, 255, 222, 220}, 10);
        g.dispose();
        return png(image, 300);
    }

    /** A PNG, with its resolution (a pHYs chunk after the header) when dpi is given. */
    static byte[] png(BufferedImage image, Integer dpi) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            byte[] plain = out.toByteArray();
            if (dpi == null) {
                return plain;
            }
            int perMetre = (int) Math.round(dpi / 0.0254);
            java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(21);
            chunk.putInt(9).put("pHYs".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(perMetre)
                    .putInt(perMetre).put((byte) 1);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(chunk.array(), 4, 13);
            chunk.putInt((int) crc.getValue());
            int afterHeader = 8 + 25;
            ByteArrayOutputStream withResolution = new ByteArrayOutputStream();
            withResolution.write(plain, 0, afterHeader);
            withResolution.write(chunk.array());
            withResolution.write(plain, afterHeader, plain.length - afterHeader);
            return withResolution.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
