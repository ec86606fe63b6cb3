package vn.coordreport.review;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coordination data for tests, inserted with plain SQL (not through the
 * importer). Agencies and agreements are named by code; dates are ISO text.
 */
class ReviewFixtures {

    private final JdbcClient jdbc;
    private final long importId;

    ReviewFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.importId = jdbc.sql("""
                insert into import_batch (source, imported_by, status, files, rows)
                values ('fixtures', 'test', 'APPLIED', 0, 0) returning id""").query(Long.class).single();
    }

    ReviewFixtures agency(String code, String name, String province) {
        jdbc.sql("""
                insert into agency (code, name, province, parent, signer_title, signer_name)
                values (:code, :name, :province, :parent, 'GIÁM ĐỐC', :signer)""")
                .param("code", code).param("name", name).param("province", province)
                .param("parent", "UBND tỉnh " + province).param("signer", "Người ký " + code).update();
        return this;
    }

    /** An agreement; the first party is the lead agency. effectiveTo and calendar may be null. */
    ReviewFixtures agreement(String code, String province, String effectiveFrom, String effectiveTo,
            String calendar, String... parties) {
        jdbc.sql("""
                insert into agreement (code, title, province, signed_on, effective_from, effective_to, symbol,
                                       lead_agency_id, period_calendar)
                values (:code, :title, :province, :from::date, :from::date, :to::date, 'SNgV',
                        (select id from agency where code = :lead), :calendar)""")
                .param("code", code).param("title", "Quy chế phối hợp " + code).param("province", province)
                .param("from", effectiveFrom).param("to", effectiveTo, java.sql.Types.VARCHAR)
                .param("lead", parties[0]).param("calendar", calendar, java.sql.Types.VARCHAR).update();
        for (int position = parties.length - 1; position >= 0; position--) {
            jdbc.sql("""
                    insert into agreement_party (agreement_id, agency_id, position)
                    values ((select id from agreement where code = :agreement),
                            (select id from agency where code = :agency), :position)""")
                    .param("agreement", code).param("agency", parties[position]).param("position", position).update();
        }
        return this;
    }

    ReviewFixtures record(String agreement, String indicator, String date, String quantity, Long amountVnd,
            String counterpart, String agency) {
        jdbc.sql("""
                insert into record (agreement_id, indicator_id, occurred_on, quantity, amount_vnd, counterpart,
                                    agency_id, import_id)
                values ((select id from agreement where code = :agreement),
                        (select id from indicator where code = :indicator), :date::date, :quantity,
                        :amount, :counterpart, (select id from agency where code = :agency), :import)""")
                .param("agreement", agreement).param("indicator", indicator).param("date", date)
                .param("quantity", new BigDecimal(quantity)).param("amount", amountVnd, java.sql.Types.BIGINT)
                .param("counterpart", counterpart, java.sql.Types.VARCHAR)
                .param("agency", agency, java.sql.Types.VARCHAR).param("import", importId).update();
        return this;
    }

    ReviewFixtures record(String agreement, String indicator, String date, String quantity) {
        return record(agreement, indicator, date, quantity, null, null, null);
    }

    ReviewFixtures target(String agreement, String indicator, String period, String quantity) {
        jdbc.sql("""
                insert into target (agreement_id, indicator_id, period, quantity, import_id)
                values ((select id from agreement where code = :agreement),
                        (select id from indicator where code = :indicator), :period, :quantity, :import)""")
                .param("agreement", agreement).param("indicator", indicator).param("period", period)
                .param("quantity", new BigDecimal(quantity)).param("import", importId).update();
        return this;
    }

    ReviewFixtures result(String agreement, String field, String date, String text) {
        jdbc.sql("""
                insert into result (agreement_id, field_id, occurred_on, text, import_id)
                values ((select id from agreement where code = :agreement),
                        (select id from field where code = :field), :date::date, :text, :import)""")
                .param("agreement", agreement).param("field", field).param("date", date).param("text", text)
                .param("import", importId).update();
        return this;
    }

    ReviewFixtures limitation(String agreement, String foundOn, String resolvedOn, String text) {
        jdbc.sql("""
                insert into limitation (agreement_id, found_on, text, field_id, resolved_on, import_id)
                values ((select id from agreement where code = :agreement), :found::date, :text,
                        (select id from field where code = 'BORDER'), :resolved::date, :import)""")
                .param("agreement", agreement).param("found", foundOn).param("text", text)
                .param("resolved", resolvedOn, java.sql.Types.VARCHAR).param("import", importId).update();
        return this;
    }

    ReviewFixtures task(String agreement, String period, String text, String status) {
        jdbc.sql("""
                insert into task (agreement_id, period, text, field_id, lead_agency_id, status, import_id)
                values ((select id from agreement where code = :agreement), :period, :text,
                        (select id from field where code = 'ADVISORY'),
                        (select lead_agency_id from agreement where code = :agreement), :status, :import)""")
                .param("agreement", agreement).param("period", period).param("text", text)
                .param("status", status).param("import", importId).update();
        return this;
    }

    ReviewFixtures commendation(String agreement, String period, String kind, int count) {
        jdbc.sql("""
                insert into commendation (agreement_id, period, kind, count, award, awarded_on, import_id)
                values ((select id from agreement where code = :agreement), :period, :kind, :count, 'Giấy khen',
                        '2022-01-18', :import)""")
                .param("agreement", agreement).param("period", period).param("kind", kind).param("count", count)
                .param("import", importId).update();
        return this;
    }

    ReviewFixtures conference(String agreement, String period, String heldOn, String chairs) {
        jdbc.sql("""
                insert into conference (agreement_id, period, held_on, place, chairs, name, import_id)
                values ((select id from agreement where code = :agreement), :period, :held::date, 'Trụ sở',
                        :chairs, 'Hội nghị sơ kết', :import)""")
                .param("agreement", agreement).param("period", period).param("held", heldOn)
                .param("chairs", chairs).param("import", importId).update();
        return this;
    }

    /** A recipient of one agreement, or with agreement null of every agreement of the province ('*'). */
    ReviewFixtures recipient(String agreement, String province, String email, String name) {
        jdbc.sql("""
                insert into recipient (agreement_id, province, email, name, role, import_id)
                values ((select id from agreement where code = :agreement), :province, :email, :name, 'role',
                        :import)""")
                .param("agreement", agreement, java.sql.Types.VARCHAR)
                .param("province", agreement == null ? province : null, java.sql.Types.VARCHAR)
                .param("email", email).param("name", name).param("import", importId).update();
        return this;
    }

    /** A paragraph of assessments.csv (import format 1.1). */
    ReviewFixtures assessment(String agreement, String period, String kind, Integer order, String text) {
        jdbc.sql("""
                insert into assessment (agreement_id, period, kind, text, sort_order, import_id)
                values ((select id from agreement where code = :agreement), :period, :kind, :text, :order, :import)""")
                .param("agreement", agreement).param("period", period).param("kind", kind).param("text", text)
                .param("order", order, java.sql.Types.INTEGER).param("import", importId).update();
        return this;
    }

    ReviewFixtures cause(String agreement, String limitationText, String cause) {
        jdbc.sql("""
                update limitation set cause = :cause
                where agreement_id = (select id from agreement where code = :agreement) and text = :text""")
                .param("agreement", agreement).param("text", limitationText).param("cause", cause).update();
        return this;
    }

    ReviewFixtures unit(String agency, String unit) {
        jdbc.sql("update agency set unit = :unit where code = :code").param("code", agency).param("unit", unit).update();
        return this;
    }

    /** An import's own phrase for an indicator already in the catalogue (indicator_phrase). */
    ReviewFixtures phrase(String indicator, String phrase) {
        jdbc.sql("""
                insert into indicator_phrase (indicator_id, phrase, import_id)
                values ((select id from indicator where code = :indicator), :phrase, :import)""")
                .param("indicator", indicator).param("phrase", phrase).param("import", importId).update();
        return this;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
