package vn.coordreport.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fields and indicators as the catalogue page shows them (issue #17, point 4):
 * names, units and the phrase a report writes figures with, and the codes a
 * file uses. A search matches code, name, unit or phrase without regard to
 * case or Vietnamese diacritics ("tuan tra" finds "Tuần tra song phương"); every word
 * of it must be found, in any of them.
 */
@Service
public class CodeCatalogue {

    public record Field(String code, String name, int indicators) {
    }

    public record Indicator(String code, String name, String fieldCode, String fieldName, String unit, String phrase) {

        /**
         * The phrase as a report reads it, with figures for an example (12 of the unit, 03 counterparts, 1.500 tỷ
         * đồng), its optional parts kept, of alternatives the last (said where the records share no note); null
         * without a phrase.
         */
        public String example() {
            return phrase == null ? null : phrase.replaceAll("\\[[^\\[\\]]*\\|([^\\[\\]|]*)\\]", "[$1]")
                    .replace("{quantity}", "12").replace("{unit}", unit)
                    .replace("{counterparts}", "03").replace("{amount}", "1.500 tỷ đồng").replace("[", "")
                    .replace("]", "");
        }
    }

    private static final String FIELDS = """
            select f.code, f.name, (select count(*) from indicator i where i.field_id = f.id)::int as indicators
            from field f order by f.code
            """;

    private static final String INDICATORS = """
            select i.code, i.name, f.code as field_code, f.name as field_name, i.unit,
                   coalesce((select p.phrase from indicator_phrase p where p.indicator_id = i.id
                             order by p.import_id desc limit 1), i.phrase) as phrase
            from indicator i join field f on f.id = i.field_id
            order by f.code, i.code
            """;

    /** An agency that is a party to an agreement: a choice of the data-entry form. */
    public record Party(String code, String name) {
    }

    private static final String PARTIES = """
            select ag.code, ag.name from agreement a
            join agreement_party p on p.agreement_id = a.id
            join agency ag on ag.id = p.agency_id
            where a.code = :code order by p.position
            """;

    private final JdbcClient jdbc;

    CodeCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields whose code or name matches the search (every field for a blank one), by code. */
    public List<Field> fields(String search) {
        Predicate<String> matches = matcher(search);
        return jdbc.sql(FIELDS).query(Field.class).list().stream()
                .filter(f -> matches.test(String.join(" ", f.code(), f.name()))).toList();
    }

    /** The indicators whose code, name, field, unit or phrase matches the search, by field then code. */
    public List<Indicator> indicators(String search) {
        Predicate<String> matches = matcher(search);
        return jdbc.sql(INDICATORS).query(Indicator.class).list().stream()
                .filter(i -> matches.test(String.join(" ", i.code(), i.name(), i.fieldCode(), i.fieldName(), i.unit(),
                        i.phrase() == null ? "" : i.phrase())))
                .toList();
    }

    /** The party agencies of an agreement, the lead agency first; none for an unknown code. */
    public List<Party> parties(String agreementCode) {
        return jdbc.sql(PARTIES).param("code", agreementCode).query(Party.class).list();
    }

    /** Every word of the search is somewhere in the text, both folded. */
    private static Predicate<String> matcher(String search) {
        String[] words = fold(search).split("\\s+");
        return text -> {
            String folded = fold(text);
            for (String word : words) {
                if (!word.isEmpty() && !folded.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Lower case, without diacritics (đ as d), underscores as spaces: how a clerk may type a name or a code. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('_', ' ').strip();
    }
}
