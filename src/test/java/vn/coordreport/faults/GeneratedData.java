package vn.coordreport.faults;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.coordreport.pipeline.SampleCsv;

/**
 * What the scenarios must find, worked out from the files {@code generate-data}
 * wrote, with the tests' own CSV reader and the Decree 09 periods as
 * domain.md tables them, never with the code under test: the agreements a
 * period's close covers and the mails it must send.
 */
final class GeneratedData {

    private final List<Map<String, String>> agreements;
    private final List<Map<String, String>> recipients;

    GeneratedData(Path folder) {
        this.agreements = SampleCsv.read(folder.resolve("agreements.csv"));
        this.recipients = SampleCsv.read(folder.resolve("recipients.csv"));
    }

    /** Every agreement code, in file order. */
    List<String> codes() {
        return agreements.stream().map(a -> a.get("code")).toList();
    }

    /** The agreements in effect at any time during a period ({@code 2025}, {@code 2025-H1}, {@code 2025-H2}). */
    List<String> agreementsDuring(String period) {
        LocalDate[] range = decree09(period);
        return agreements.stream().filter(a -> {
            LocalDate from = LocalDate.parse(a.get("effective_from").isEmpty() ? a.get("signed_on") : a.get("effective_from"));
            String to = a.get("effective_to");
            return !from.isAfter(range[1]) && (to.isEmpty() || !LocalDate.parse(to).isBefore(range[0]));
        }).map(a -> a.get("code")).toList();
    }

    /**
     * The mails a close of the period must send, one per {@code address|agreement}:
     * each recipient of the agreement and each {@code *} recipient of its province,
     * an address counted once whatever its case.
     */
    Set<String> expectedMails(String period) {
        Set<String> mails = new TreeSet<>();
        for (String code : agreementsDuring(period)) {
            String province = province(agreement(code).get("province"));
            for (Map<String, String> r : recipients) {
                boolean own = r.get("agreement").equals(code);
                boolean everyone = r.get("agreement").equals("*") && province(r.get("province")).equals(province);
                if (own || everyone) {
                    mails.add(r.get("email").toLowerCase(Locale.ROOT) + "|" + code);
                }
            }
        }
        return mails;
    }

    /** The agreement's lead (reporting) agency: the first of its parties. */
    String lead(String code) {
        return agreement(code).get("parties").split(";")[0].strip();
    }

    /** The agreement a mail is about: the longest code its subject names. */
    String codeIn(String subject) {
        return codes().stream().filter(c -> subject.contains(c + " "))
                .max(Comparator.comparingInt(String::length)).orElse("?");
    }

    private Map<String, String> agreement(String code) {
        return agreements.stream().filter(a -> a.get("code").equals(code)).findFirst().orElseThrow();
    }

    private static String province(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** Decree 09/2019 (domain.md): figures cut off on the 14th; a year runs from 15 December before it. */
    static LocalDate[] decree09(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        LocalDate from = LocalDate.of(year - 1, 12, 15);
        return switch (period.length() == 4 ? "Y" : period.substring(5)) {
            case "Y" -> new LocalDate[] {from, LocalDate.of(year, 12, 14)};
            case "H1" -> new LocalDate[] {from, LocalDate.of(year, 6, 14)};
            case "H2" -> new LocalDate[] {LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14)};
            default -> throw new IllegalArgumentException("no expectations for period " + period);
        };
    }
}
