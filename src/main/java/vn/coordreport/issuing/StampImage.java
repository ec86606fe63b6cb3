package vn.coordreport.issuing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.coordreport.messages.Messages;

/**
 * A signature or seal image (transparent PNG) and its real width when the
 * file says it (its resolution, PNG {@code pHYs}).
 *
 * @param widthMmOrNull the printed width the file's resolution gives, null when it gives none
 */
record StampImage(BufferedImage image, Float widthMmOrNull, Encoded encoded) {

    /** The image's colour and alpha samples, deflated once: every document gets them without compressing again. */
    record Encoded(byte[] rgb, byte[] alpha) {
    }

    /**
     * @throws IllegalArgumentException when the bytes are not an image Java can read
     */
    static StampImage read(byte[] png, String what) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException(Messages.text("issuing.image.notPng", what));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                BufferedImage image = reader.read(0);
                Float pixelsPerMm = pixelsPerMm(png);
                BufferedImage argb = argb(image);
                return new StampImage(argb, pixelsPerMm == null ? null : image.getWidth() / pixelsPerMm, encode(argb));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("issuing.image.unreadable", what,
                    Messages.reason(e)), e);
        }
    }

    float aspect() {
        return (float) image.getHeight() / image.getWidth();
    }

    /** The image in a document: RGB samples with the alpha as a soft mask (PDF/A-2 allows it), Flate-compressed. */
    PDImageXObject in(PDDocument document) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(encoded.alpha()),
                COSName.FLATE_DECODE, width, height, 8, PDDeviceGray.INSTANCE);
        PDImageXObject rgb = new PDImageXObject(document, new ByteArrayInputStream(encoded.rgb()),
                COSName.FLATE_DECODE, width, height, 8, PDDeviceRGB.INSTANCE);
        rgb.getCOSObject().setItem(COSName.SMASK, mask);
        return rgb;
    }

    private static Encoded encode(BufferedImage argb) {
        int width = argb.getWidth();
        int height = argb.getHeight();
        int[] pixels = argb.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[pixels.length * 3];
        byte[] alpha = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            alpha[i] = (byte) (p >>> 24);
            rgb[3 * i] = (byte) (p >> 16);
            rgb[3 * i + 1] = (byte) (p >> 8);
            rgb[3 * i + 2] = (byte) p;
        }
        return new Encoded(deflate(rgb), deflate(alpha));
    }

    private static byte[] deflate(byte[] samples) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(samples.length / 8 + 64);
        try (java.util.zip.DeflaterOutputStream deflater = new java.util.zip.DeflaterOutputStream(out,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
            deflater.write(samples);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RGB with alpha whatever the file's colour type: one kind of image, with a soft mask, in every PDF. */
    private static BufferedImage argb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var g = argb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return argb;
    }

    /**
     * The resolution a PNG's {@code pHYs} chunk gives in pixels per metre, as pixels per millimetre; null
     * without one, or when its unit is not the metre (then it gives only the pixels' aspect ratio). Read
     * from the chunk itself: the JDK's PNG metadata gets the unit conversion wrong.
     */
    static Float pixelsPerMm(byte[] png) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(png);
        int at = 8;
        while (at + 8 <= png.length) {
            int length = bytes.getInt(at);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (length < 0 || at + 12L + length > png.length) {
                return null;
            }
            if (type.equals("pHYs") && length == 9) {
                long perMetre = Integer.toUnsignedLong(bytes.getInt(at + 8));
                boolean metres = png[at + 16] == 1;
                return metres && perMetre > 0 ? perMetre / 1000f : null;
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                return null;
            }
            at += 12 + length;
        }
        return null;
    }
}
