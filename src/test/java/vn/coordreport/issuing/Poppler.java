package vn.coordreport.issuing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What poppler's tools say of a PDF: {@code pdftotext} (form fields' appearances included) and {@code pdfsig}. */
public final class Poppler {

    private Poppler() {
    }

    public static String text(byte[] pdf) {
        return run(pdf, "pdftotext", "-enc", "UTF-8", "FILE", "-");
    }

    /** A word of the first page as pdftotext places it (points from the left). */
    public record Word(String text, double xMin, double xMax, double yMin) {
    }

    /** The words of the first page, in reading order, with their boxes ({@code pdftotext -bbox}). */
    public static java.util.List<Word> wordsOfFirstPage(byte[] pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>")
                .matcher(run(pdf, "pdftotext", "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", "FILE", "-"));
        java.util.List<Word> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(new Word(m.group(4), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(2))));
        }
        return words;
    }

    public static String signatures(byte[] pdf) {
        return run(pdf, "pdfsig", "-nocert", "FILE");
    }

    /** How many times pdfsig says "Signature is Valid." */
    public static int validSignatures(byte[] pdf) {
        return signatures(pdf).split("Signature is Valid\\.", -1).length - 1;
    }

    private static String run(byte[] pdf, String... command) {
        Path file = null;
        try {
            file = Files.createTempFile("coordreport-poppler-", ".pdf");
            Files.write(file, pdf);
            String[] args = command.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("FILE")) {
                    args[i] = file.toString();
                }
            }
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return java.text.Normalizer.normalize(output, java.text.Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
