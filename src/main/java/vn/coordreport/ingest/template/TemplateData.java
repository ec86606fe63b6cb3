package vn.coordreport.ingest.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.format.KeyText;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * What a template holds besides its layout: the agreement, the codes its drop-downs offer, and the rows of
 * the period already stored, each in the order of its file's columns (dates as dates, numbers as numbers),
 * so that sending them back is a re-submission that adds nothing.
 */
public final class TemplateData {

    public record Agreement(long id, String code, String title, String calendar) {
    }

    /** A code and what it means, for a drop-down and the list sheet. */
    public record Choice(String code, String name) {
    }

    private static final String AGREEMENT = """
            select id, code, title, period_calendar as calendar from agreement where code = :code
            """;

    private static final String FROM = """
             from %s t join agreement a on a.id = t.agreement_id
            """;

    // Each in its file's columns (FileSpec); dated rows by their day in the period, the others by its name.
    private static final Map<FileSpec, String> STORED = Map.of(
            FileSpec.RECORDS, "select a.code, i.code, t.occurred_on, t.quantity, t.amount_vnd, t.counterpart, ag.code, "
                    + "t.note, t.ref" + FROM.formatted("record") + " join indicator i on i.id = t.indicator_id "
                    + "left join agency ag on ag.id = t.agency_id where a.id = :agreement and t.occurred_on between :from "
                    + "and :to order by t.occurred_on, i.code, t.ref, t.quantity",
            FileSpec.RESULTS, "select a.code, f.code, t.occurred_on, t.text" + FROM.formatted("result")
                    + " join field f on f.id = t.field_id where a.id = :agreement and t.occurred_on between :from and :to "
                    + "order by t.occurred_on, t.id",
            FileSpec.LIMITATIONS, "select a.code, t.found_on, t.text, f.code, t.resolved_on, t.cause"
                    + FROM.formatted("limitation") + " left join field f on f.id = t.field_id where a.id = :agreement "
                    + "and t.found_on between :from and :to order by t.found_on, t.id",
            FileSpec.TASKS, "select a.code, t.period, t.text, f.code, ag.code, t.due_on, t.status, t.done_on, t.reference"
                    + FROM.formatted("task") + " left join field f on f.id = t.field_id left join agency ag on "
                    + "ag.id = t.lead_agency_id where a.id = :agreement and t.period = :period order by t.id",
            FileSpec.TARGETS, "select a.code, i.code, t.period, t.quantity" + FROM.formatted("target")
                    + " join indicator i on i.id = t.indicator_id where a.id = :agreement and t.period = :period "
                    + "order by i.code",
            FileSpec.COMMENDATIONS, "select a.code, t.period, t.kind, t.count, t.recipient, t.award, t.awarded_on"
                    + FROM.formatted("commendation") + " where a.id = :agreement and t.period = :period order by t.id",
            FileSpec.CONFERENCES, "select a.code, t.period, t.held_on, t.place, t.chairs, t.name"
                    + FROM.formatted("conference") + " where a.id = :agreement and t.period = :period",
            FileSpec.ASSESSMENTS, "select a.code, t.period, t.kind, t.text, t.sort_order" + FROM.formatted("assessment")
                    + " where a.id = :agreement and t.period = :period order by t.kind, t.sort_order, t.id");

    private final JdbcClient jdbc;

    public TemplateData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agreement> agreement(String code) {
        return jdbc.sql(AGREEMENT).param("code", KeyText.nfc(code.strip())).query(Agreement.class).optional();
    }

    public List<Choice> indicators() {
        return jdbc.sql("select code, name || ' (' || unit || ')' as name from indicator order by code")
                .query(Choice.class).list();
    }

    public List<Choice> fields() {
        return jdbc.sql("select code, name from field order by code").query(Choice.class).list();
    }

    /** The agreement's parties, the lead first. */
    public List<Choice> parties(Agreement agreement) {
        return jdbc.sql("""
                select ag.code, ag.name from agreement_party p join agency ag on ag.id = p.agency_id
                where p.agreement_id = :agreement order by p.position, ag.code
                """).param("agreement", agreement.id()).query(Choice.class).list();
    }

    /** The rows of this sheet stored for the agreement in the period, as the file's cells would give them. */
    public List<Object[]> stored(FileSpec sheet, Agreement agreement, Period period, PeriodCalendar defaultCalendar) {
        DateRange range = days(agreement, period, defaultCalendar);
        return jdbc.sql(STORED.get(sheet)).param("agreement", agreement.id()).param("from", range.from())
                .param("to", range.to()).param("period", period.toString()).query(TemplateData::row).list();
    }

    /** The days of the period in the agreement's calendar (the deployment's when it names none). */
    public static DateRange days(Agreement agreement, Period period, PeriodCalendar defaultCalendar) {
        return period.range(agreement.calendar() == null ? defaultCalendar : PeriodCalendar.fromId(agreement.calendar()));
    }

    private static Object[] row(ResultSet rs, int n) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
            Object v = rs.getObject(i + 1);
            row[i] = v instanceof java.sql.Date ? rs.getObject(i + 1, LocalDate.class) : v;
        }
        return row;
    }
}
