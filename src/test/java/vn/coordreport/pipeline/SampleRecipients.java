package vn.coordreport.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The mails a period close should send, worked out from the sample CSV files
 * alone: for every agreement in effect at any time during the period, one mail
 * to each of its recipients and to each {@code *} recipient of its province's
 * sample (addresses compared without case).
 */
final class SampleRecipients {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final List<String> SETS = List.of("quang-tri-2021", "tay-ninh-2019", "lang-son-2020");

    private SampleRecipients() {
    }

    /** One entry per expected mail: {@code address → agreement}. */
    static List<Map.Entry<String, String>> expectedMails(Period period) {
        DateRange range = period.range(PeriodCalendar.DECREE_09);
        List<Map.Entry<String, String>> mails = new ArrayList<>();
        for (String set : SETS) {
            List<Map<String, String>> recipients = SampleCsv.read(SAMPLES.resolve(set).resolve("recipients.csv"));
            for (Map<String, String> agreement : SampleCsv.read(SAMPLES.resolve(set).resolve("agreements.csv"))) {
                LocalDate from = LocalDate.parse(agreement.get("effective_from"));
                String to = agreement.get("effective_to");
                if (from.isAfter(range.to()) || (!to.isEmpty() && LocalDate.parse(to).isBefore(range.from()))) {
                    continue;
                }
                String code = agreement.get("code");
                recipients.stream()
                        .filter(r -> r.get("agreement").equals(code) || r.get("agreement").equals("*"))
                        .map(r -> r.get("email").toLowerCase(Locale.ROOT))
                        .distinct()
                        .forEach(email -> mails.add(Map.entry(email, code)));
            }
        }
        return mails;
    }
}
