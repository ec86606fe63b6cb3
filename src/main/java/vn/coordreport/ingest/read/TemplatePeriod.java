package vn.coordreport.ingest.read;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The period a template was made for, as the template's custom document properties keep it (Excel and LibreOffice
 * keep them when the clerk saves): its name in words and its first and last day.
 */
public record TemplatePeriod(String words, LocalDate from, LocalDate to) {

    public static final String WORDS = "coordreport.period";
    public static final String FROM = "coordreport.period.from";
    public static final String TO = "coordreport.period.to";

    /** From the workbook's custom properties by name; none when one is missing or not a day, or the days are reversed. */
    static Optional<TemplatePeriod> of(Map<String, String> properties) {
        String words = properties.get(WORDS);
        try {
            LocalDate from = LocalDate.parse(properties.getOrDefault(FROM, "").strip());
            LocalDate to = LocalDate.parse(properties.getOrDefault(TO, "").strip());
            return words == null || words.isBlank() || to.isBefore(from) ? Optional.empty()
                    : Optional.of(new TemplatePeriod(words.strip(), from, to));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
