package vn.coordreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.coordreport.dashboard.Dashboard;
import vn.coordreport.dashboard.DashboardScope;
import vn.coordreport.dashboard.Option;
import vn.coordreport.period.Period;
import vn.coordreport.security.CurrentUser;

/**
 * The leadership dashboard: one province at a time (a user limited to a province sees that one only), filtered
 * by agreement, field and period. The figures are tables; the page's script draws each table's chart from the
 * table's own cells, so a chart cannot show another figure than its table.
 */
@Controller
class DashboardPage {

    static final int YEARS_OFFERED = 10;

    private final Dashboard dashboard;
    private final CurrentUser user;
    private final Clock clock;

    DashboardPage(Dashboard dashboard, CurrentUser user, Clock clock) {
        this.dashboard = dashboard;
        this.user = user;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String province,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String field,
            @RequestParam(required = false) String period, Model model) {
        List<String> provinces = user.province().map(List::of).orElseGet(dashboard::provinces);
        model.addAttribute("provinces", provinces);
        List<Option> fields = dashboard.fields();
        model.addAttribute("fields", fields);
        if (provinces.isEmpty()) {
            return "dashboard";
        }
        String asked = province == null || province.isBlank() ? provinces.get(0) : province.strip();
        user.requireProvince(asked);
        List<String> said = new ArrayList<>();
        // a hand-typed province no data has would show an empty dashboard, "every agency has sent its data"
        // one typed in other letters' case is that province, under its own name (the statements compare names as
        // written: "lạng sơn" showed an empty dashboard under the list's first province)
        String named = Filters.named(asked, provinces);
        if (named == null) {
            said.add("Không có tỉnh \"" + asked + "\" trong dữ liệu: đang hiển thị " + provinces.get(0) + ".");
        }
        String chosen = named == null ? provinces.get(0) : named;
        LocalDate today = LocalDate.now(clock);
        int latestYear = dashboard.latestDay(chosen).map(LocalDate::getYear).orElse(today.getYear());
        Period shown = Period.year(latestYear);
        if (period != null && !period.isBlank()) {
            try {
                Period typed = Period.parse(period.strip());
                if (typed.kind() == Period.Kind.RANGE) {
                    throw new IllegalArgumentException("range");
                }
                shown = typed;
            } catch (IllegalArgumentException e) {
                // the list offers years, halves and nine months (a quarter typed into the address is shown too)
                said.add("Kỳ \"" + period.strip() + "\" không hợp lệ: hãy chọn năm, 6 tháng hoặc 9 tháng trong danh "
                        + "sách. Đang hiển thị " + shown.vietnameseName() + ".");
            }
        }
        // a link or a hand-typed address may name an agreement or a field the lists do not offer: say so, and show
        // all; the snapshot drops an agreement the province does not have
        String fieldCode = given(field) ? Filters.named(field, fields.stream().map(Option::value).toList()) : null;
        boolean unknownField = given(field) && fieldCode == null;
        Dashboard.View view = dashboard.snapshot(new DashboardScope(chosen, agreement, fieldCode, shown), today);
        boolean unknownAgreement = given(agreement) && view.scope().agreementCode() == null;
        if (unknownAgreement) {
            said.add(chosen + " không có quy chế \"" + agreement.strip() + "\": đang hiển thị mọi quy chế của tỉnh.");
        }
        if (unknownField) {
            said.add("Không có lĩnh vực \"" + field.strip() + "\": đang hiển thị mọi lĩnh vực.");
        }
        if (!said.isEmpty()) {
            model.addAttribute("problem", String.join(" ", said));
        }
        model.addAttribute("scope", view.scope());
        model.addAttribute("view", view);
        model.addAttribute("periods", periods(Math.max(latestYear, dashboard.lastTermYear(chosen, today)), shown));
        model.addAttribute("today", today);
        return "dashboard";
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The named periods of the ten years up to {@code latestYear} (the last of the regulations' terms, or of the
     * data), newest first, and the one shown if it is older.
     */
    static List<Option> periods(int latestYear, Period shown) {
        List<Option> options = new ArrayList<>();
        for (int year = latestYear; year > latestYear - YEARS_OFFERED; year--) {
            for (Period p : List.of(Period.year(year), Period.nineMonths(year), Period.half(year, 2),
                    Period.half(year, 1))) {
                options.add(new Option(p.toString(), PageFormat.capitalised(p.vietnameseName())));
            }
        }
        if (options.stream().noneMatch(o -> o.value().equals(shown.toString()))) {
            options.add(new Option(shown.toString(), PageFormat.capitalised(shown.vietnameseName())));
        }
        return options;
    }
}
