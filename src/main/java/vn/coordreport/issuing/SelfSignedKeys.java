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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and images made in the process, for the benchmark and the tests: RSA
 * 2048 keys with self-signed certificates in PKCS#12 files, a blue signature
 * and a red 40 mm seal as transparent PNGs. Not for real documents: a real key
 * comes from a certification authority.
 */
public final class SelfSignedKeys {

    private SelfSignedKeys() {
    }

    /** A PKCS#12 file (alias {@code alias}) of a new key, its certificate valid for 30 days, under this name. */
    public static byte[] pkcs12(String alias, String commonName, char[] password) {
        return pkcs12(alias, commonName, password, rsa2048());
    }

    /** A new RSA 2048 key pair. */
    public static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a key: " + e.getMessage(), e);
        }
    }

    /** A PKCS#12 file (alias {@code alias}) of this key, with a new certificate valid for 30 days, under this name. */
    public static byte[] pkcs12(String alias, String commonName, char[] password, KeyPair pair) {
        try {
            X500Name name = new X500Name("CN=" + commonName + ", O=coordreport bench, C=VN");
            Instant now = Instant.now();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                            pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new X509Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a key: " + e.getMessage(), e);
        }
    }

    /** A blue signature, 600 x 240 pixels. */
    public static byte[] signature() {
        BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 160));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {40, 140, 200, 280, 360, 450, 560}, new int[] {170, 60, 190, 70, 180, 60, 120}, 7);
        g.dispose();
        return png(image, 0);
    }

    /** A red round seal, 472 pixels at 300 dpi: 40 mm across, its real size. */
    public static byte[] seal() {
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

    /** A PNG, with its resolution (a pHYs chunk after the header) when dpi is positive. */
    private static byte[] png(BufferedImage image, int dpi) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            byte[] plain = out.toByteArray();
            if (dpi <= 0) {
                return plain;
            }
            int perMetre = (int) Math.round(dpi / 0.0254);
            ByteBuffer chunk = ByteBuffer.allocate(21);
            chunk.putInt(9).put("pHYs".getBytes(StandardCharsets.US_ASCII)).putInt(perMetre).putInt(perMetre)
                    .put((byte) 1);
            CRC32 crc = new CRC32();
            crc.update(chunk.array(), 4, 13);
            chunk.putInt((int) crc.getValue());
            int afterHeader = 8 + 25;
            ByteArrayOutputStream with = new ByteArrayOutputStream();
            with.write(plain, 0, afterHeader);
            with.write(chunk.array());
            with.write(plain, afterHeader, plain.length - afterHeader);
            return with.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
