package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.issuing.PdfA;
import vn.coordreport.issuing.Poppler;
import vn.coordreport.issuing.TestKeys;

/**
 * A signer whose key is on a PKCS#11 token (SoftHSM2, Debian's softhsm2, the
 * token made by softhsm2-util for the test): registered with
 * {@code keys add --pkcs11 MODULE --slot-index N}, used with the PIN given at
 * each signing; a wrong PIN is refused and changes nothing. The PIN is in no
 * table.
 */
class Pkcs11IntegrationTests {

    static final Path MODULE = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final String PIN = "246810";
    static final String SEAL_PASSWORD = "mat-khau-con-dau";

    private static CliSession cli;

    @TempDir
    static Path temp;

    @BeforeAll
    static void aTokenWithTheSignersKey() throws Exception {
        assertThat(MODULE).as("SoftHSM2 must be installed (apt-get install softhsm2)").exists();
        Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = Files.createDirectories(Files.createDirectories(conf.getParent()).resolve("tokens-" + UUID.randomUUID()));
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n"
                + "slots.removable = false\n", StandardCharsets.UTF_8);
        Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "coordreport", "--pin",
                PIN, "--so-pin", "13579135").redirectErrorStream(true).start();
        String said = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(init.waitFor()).as(said).isZero();
        Provider token = Security.getProvider("SunPKCS11").configure("--name = import\nlibrary = " + MODULE
                + "\nslotListIndex = 0\n");
        KeyStore store = KeyStore.getInstance("PKCS11", token);
        store.load(null, PIN.toCharArray());
        KeyStore file = KeyStore.getInstance("PKCS12");
        file.load(new java.io.ByteArrayInputStream(TestKeys.pkcs12("giamdoc", "Nguyễn Văn Hùng", "x")), "x".toCharArray());
        store.setKeyEntry("giamdoc", file.getKey("giamdoc", "x".toCharArray()), null,
                new Certificate[] {file.getCertificate("giamdoc")});
        ((java.security.AuthProvider) token).logout();
        cli = CliSession.onNewDatabase();
    }

    @AfterAll
    static void restore() {
        cli.close();
    }

    @Test
    void aSignerSignsWithAKeyOnAPkcs11TokenAndThePinAskedEachTime() throws Exception {
        ok(cli.run("import", IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp).toString()));
        ok(cli.runWithInput("mat-khau-dang-nhap-1\n", "users", "add", "giamdoc", "--role", "SIGNER,REVIEWER",
                "--password-stdin"));
        Path signature = Files.write(temp.resolve("chu-ky.png"), TestKeys.signaturePng());
        CliSession.Run wrongPin = cli.runWithInput("111111\n", "keys", "add", "giamdoc", "--pkcs11", MODULE.toString(),
                "--slot-index", "0", "--password-stdin");
        assertThat(wrongPin.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrongPin.err()).contains("Mã PIN của thiết bị ký số (token) dùng cho khóa đang đăng ký không đúng.");
        CliSession.Run added = ok(cli.runWithInput(PIN + "\n", "keys", "add", "giamdoc", "--pkcs11", MODULE.toString(),
                "--slot-index", "0", "--alias", "giamdoc", "--image", signature.toString(), "--password-stdin"));
        assertThat(added.out()).contains("PKCS11", "Nguyễn Văn Hùng");
        ok(cli.run("close-period", "2021", "--force"));
        String id = ok(cli.run("approvals")).out().lines().filter(l -> l.contains("WAITING_REVIEW")).findFirst()
                .orElseThrow().strip().split("\\s+")[0];
        ok(cli.run("approve", id, "--as", "giamdoc"));

        CliSession.Run refused = cli.runWithInput("000000\n", "sign", id, "--as", "giamdoc", "--password-stdin");
        assertThat(refused.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("Mã PIN của thiết bị ký số (token) dùng cho người dùng 'giamdoc' không đúng."
                + " Không có gì thay đổi. Nhập sai thêm 4 lần liền nữa thì khóa sẽ bị tạm khóa 15 phút.");
        assertThat(row(id)).contains("WAITING_SIGNATURE");

        ok(cli.runWithInput(PIN + "\n", "sign", id, "--as", "giamdoc", "--password-stdin"));

        assertThat(row(id)).contains("SIGNED");
        byte[] signed = signedDocument(Long.parseLong(id));
        assertThat(Poppler.validSignatures(signed)).as(Poppler.signatures(signed)).isEqualTo(1);
        assertThat(Poppler.signatures(signed)).contains("Nguyễn Văn Hùng");
        assertThat(PdfA.failures2b(signed)).isEmpty();
        assertThat(cli.count("select count(*) from signing_key where pkcs11_config like '%" + MODULE
                + "%' and keystore is null")).isEqualTo(1);
        for (String table : List.of("signing_key", "audit_log", "issuing_step")) {
            assertThat(cli.count("select count(*) from " + table + " t where t::text like '%" + PIN + "%'"))
                    .as("the PIN in " + table).isZero();
        }
    }

    private static String row(String id) {
        return cli.run("approvals").out().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
    }

    private static byte[] signedDocument(long id) throws IOException {
        try (var c = java.sql.DriverManager.getConnection(cli.database().url(), cli.database().username(),
                cli.database().password()); var s = c.prepareStatement(
                        "select signed_content from final_document where version_id = ?")) {
            s.setLong(1, id);
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    private static CliSession.Run ok(CliSession.Run run) {
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }
}
