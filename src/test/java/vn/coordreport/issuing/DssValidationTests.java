package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.render.RenderedFinals;
import vn.coordreport.support.TestJvm;

/**
 * The issued document as the EU's reference validator (DSS 6.3) reads it: two
 * PAdES signatures, each intact and cryptographically valid; the signer's
 * certifies that only form filling and signing may follow (DocMDP P=2), and
 * every change after it is one that permission allows: form filling and a
 * signature, no undefined change, no annotation change. DSS runs in a
 * JVM of its own, with the BouncyCastle it was built for ({@link DssCheck}).
 */
class DssValidationTests {

    @Test
    void bothSignaturesArePadesIntactValidAndTheChangesAfterTheFirstArePermitted(@TempDir Path temp) throws Exception {
        SigningKey signer = TestKeys.inMemory("Nguyễn Triều Thương");
        SigningKey organisation = TestKeys.inMemory("Sở Ngoại vụ tỉnh Quảng Trị");
        byte[] signed = PdfSigning.signFinal(RenderedFinals.toIssue(), RenderedFinals.signerName(),
                new PdfSigning.Signer(signer, StampImage.read(TestKeys.signaturePng(), "chữ ký"), "Ký",
                        ZonedDateTime.now()), null).content();
        StampImage seal = StampImage.read(TestKeys.sealPng(), "con dấu");
        byte[] issued = PdfSigning.issue(signed, "12", LocalDate.of(2026, 2, 3),
                new PdfSigning.Signer(organisation, seal, "Ban hành", ZonedDateTime.now()), seal.widthMmOrNull(), null);

        List<String> lines = dss(temp, issued, signer, organisation);

        assertThat(lines).contains("signatures=2");
        List<String> signatures = lines.stream().filter(l -> l.startsWith("signature ")).toList();
        assertThat(signatures).hasSize(2).allSatisfy(s -> assertThat(s).contains("intact=true", "valid=true",
                "format=PAdES-BASELINE-B", "certificate=true"));
        assertThat(signatures).filteredOn(s -> s.contains("field=" + PdfSigning.SIGNER + " ")).singleElement()
                .satisfies(s -> assertThat(s).contains("docmdp=MINIMAL_CHANGES_PERMITTED", "undefined=0",
                        "annotations=0").containsPattern("formfill=[1-9]"));
    }

    private static List<String> dss(Path temp, byte[] pdf, SigningKey... trusted) throws Exception {
        Path file = Files.write(temp.resolve("issued.pdf"), pdf);
        List<String> command = new ArrayList<>(List.of(TestJvm.java(),
                "-cp", classpath(), DssCheck.class.getName(), file.toString()));
        for (int i = 0; i < trusted.length; i++) {
            command.add(Files.write(temp.resolve("trusted-" + i + ".der"), trusted[i].certificate().getEncoded()).toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    /** The tests' classpath with BouncyCastle 1.81 (target/dss-bouncycastle) instead of the application's. */
    private static String classpath() throws Exception {
        String tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Stream<String> own = Arrays.stream(tests.split(File.pathSeparator)).filter(e -> !e.contains("bouncycastle"));
        try (Stream<Path> jars = Files.list(Path.of("target", "dss-bouncycastle"))) {
            return Stream.concat(own, jars.map(p -> p.toAbsolutePath().toString()))
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }
}
