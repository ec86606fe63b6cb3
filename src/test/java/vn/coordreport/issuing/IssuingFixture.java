package vn.coordreport.issuing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import vn.coordreport.period.Period;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;

/**
 * What the tests of the mails need to take a final all the way: sample data
 * whose agencies name their signers, the three users of the steps with their
 * keys (made at test time), and a walk of every waiting final of a period
 * through approval, signature and issue.
 */
public final class IssuingFixture {

    public static final String REVIEWER = "truongphong";
    public static final String SIGNER = "lanhdao";
    public static final String CLERK = "vanthu";
    public static final String USER_PASSWORD = "mat-khau-dang-nhap-1";
    public static final String KEY_PASSWORD = "mat-khau-khoa-ky";

    private IssuingFixture() {
    }

    /**
     * A copy of a sample folder (CSV files) whose agencies name a signer each (column {@code signer_name}, added
     * or overwritten), as a final must to be signed, the names the tests' keys are made for.
     */
    public static Path withSigners(Path sample, Path into) {
        try {
            Path copy = Files.createDirectories(into.resolve(sample.getFileName().toString()));
            try (Stream<Path> files = Files.list(sample)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path agencies = copy.resolve("agencies.csv");
            List<String> lines = Files.readAllLines(agencies, StandardCharsets.UTF_8);
            List<String> named = new ArrayList<>();
            List<String> header = List.of(lines.get(0).split(","));
            int column = header.indexOf("signer_name");
            named.add(column < 0 ? lines.get(0) + ",signer_name" : lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    // fields split on the commas outside quotes
                    List<String> fields = new ArrayList<>(List.of(lines.get(i).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
                    String signer = signerOf(fields.get(0));
                    if (column < 0) {
                        fields.add(signer);
                    } else {
                        fields.set(column, signer);
                    }
                    named.add(String.join(",", fields));
                }
            }
            Files.write(agencies, named, StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signer's name the copied samples give an agency. */
    public static String signerOf(String agencyCode) {
        return agencyCode.startsWith("SNGV") ? "Nguyễn Văn Hùng" : "Trần Đức Long";
    }

    /** The three users of the steps, each with the role of their step, added once. */
    public static void users(UserAccounts users) {
        addOnce(users, REVIEWER, Role.REVIEWER);
        addOnce(users, SIGNER, Role.SIGNER);
        addOnce(users, CLERK, Role.CLERK);
    }

    private static void addOnce(UserAccounts users, String name, Role role) {
        if (users.find(name).isEmpty()) {
            users.add(name, role, null, USER_PASSWORD);
        }
    }

    /**
     * Approves, signs and issues every final of the period that waits (the newest of each report), registering the
     * users and the keys needed (the signer's, and each issuing body's with its seal) on first use.
     */
    public static IssueRun issueAll(Issuing issuing, UserAccounts users, String written) {
        Period period = Period.parse(written);
        users(users);
        Actor reviewer = issuing.actor(REVIEWER);
        Actor signer = issuing.actor(SIGNER);
        Actor clerk = issuing.actor(CLERK);
        if (issuing.keys().stream().noneMatch(k -> SIGNER.equals(k.username()))) {
            issuing.addPersonalKey(SIGNER, TestKeys.pkcs12("lanhdao", "Nguyễn Văn Hùng", KEY_PASSWORD), null, null,
                    KEY_PASSWORD.toCharArray(), TestKeys.signaturePng(), "test");
        }
        for (long id : issuing.inState(FinalState.WAITING_REVIEW, period, reviewer)) {
            issuing.approve(id, reviewer, null);
        }
        List<Long> approved = issuing.inState(FinalState.WAITING_SIGNATURE, period, signer);
        if (!approved.isEmpty()) {
            issuing.sign(approved, signer, KEY_PASSWORD.toCharArray());
        }
        List<Long> signed = issuing.inState(FinalState.SIGNED, period, clerk);
        for (String body : signed.stream().map(id -> issuing.find(id).orElseThrow().agencyCode()).distinct().toList()) {
            if (issuing.keys().stream().noneMatch(k -> body.equals(k.agencyCode()))) {
                issuing.addOrganisationKey(body, TestKeys.pkcs12("seal", "Con dấu " + body, KEY_PASSWORD), null, null,
                        KEY_PASSWORD.toCharArray(), TestKeys.sealPng(), "test");
            }
        }
        return signed.isEmpty() ? new IssueRun(List.of(), 0, null, null)
                : issuing.issue(signed, clerk, KEY_PASSWORD.toCharArray(), true);
    }
}
