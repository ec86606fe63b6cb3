package vn.coordreport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.catalog.CodeCatalogue;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.ingest.StoredRows;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportTerm;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/**
 * The data-entry form of one agreement and period (issue #17, point 2): what a
 * clerk types is made into the import format's CSV files ({@link EntryRows})
 * and imported as one import, with the import's own checks and messages, the
 * user's province limit included; problems are shown on the rows they concern.
 */
@Controller
class EntryPage {

    /** Blank rows a table starts with, and rows added by the button "Thêm dòng" without JavaScript. */
    static final int BLANK_ROWS = 3;

    private final VisibleAgreements agreements;
    private final CodeCatalogue catalogue;
    private final Importer importer;
    private final CurrentUser user;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final java.time.Clock clock;
    private final StoredRows stored;
    private final ReportTerm term;
    private final vn.coordreport.ingest.ImportHistory history;

    EntryPage(VisibleAgreements agreements, CodeCatalogue catalogue, Importer importer, CurrentUser user,
            AuditLog audit, PeriodLocks locks, java.time.Clock clock, StoredRows stored, ReportTerm term,
            vn.coordreport.ingest.ImportHistory history) {
        this.agreements = agreements;
        this.catalogue = catalogue;
        this.importer = importer;
        this.user = user;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
        this.stored = stored;
        this.term = term;
        this.history = history;
    }

    @GetMapping("/entry")
    String entry(@RequestParam(name = "agreement", required = false) String code,
            @RequestParam(name = "period", required = false) String period,
            @RequestParam(name = "agency", required = false) String agency,
            @RequestParam(name = "ref", required = false) String ref, Model model, HttpServletResponse response) {
        model.addAttribute("agreements", agreements.list());
        if (code == null || code.isBlank() || period == null || period.isBlank()) {
            return "entry";
        }
        String session = period(period);
        if (session == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", badPeriod(period));
            return "entry";
        }
        AgreementSummary agreement = agreements.find(code.strip());
        Map<String, StoredRows.Rows> held = storedOf(agreement, session);
        Map<String, List<List<String>>> typed = Map.of();
        if (ref != null && !ref.isBlank()) {
            // a stored record to correct: its cells in the records' first row, sent again under the same number
            java.util.Optional<List<String>> row = EntryStored.record(held, agency, ref);
            if (row.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("problem", "Không có dòng số liệu nào của kỳ này mang số hiệu trong sổ “"
                        + ref.strip() + "”" + (agency == null || agency.isBlank() ? "" : " của cơ quan " + agency.strip())
                        + ": có thể dòng đã được sửa hoặc lần nhập của nó đã bị hủy.");
            } else {
                typed = Map.of("records.csv", List.of(row.get()));
                model.addAttribute("correcting", ref.strip());
            }
        }
        fill(model, agreement, session, typed, Map.of(), held);
        return "entry";
    }

    @PostMapping("/entry")
    String save(@RequestParam("agreement") String code, @RequestParam("period") String period,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            @RequestParam(name = "more", required = false) String more,
            @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        model.addAttribute("agreements", agreements.list());
        // another province's agreement is refused here, before its parties fill the form's choices; whether the
        // user may write the data of one they see (its parties' provinces) is the import's to decide
        AgreementSummary agreement = agreements.orUnknown(code);
        String session = period(period);
        Map<String, List<List<String>>> typed = new LinkedHashMap<>();
        EntryForm.TABLES.forEach(t -> typed.put(t.file(), EntryForm.rows(t, posted)));
        if (session == null) {
            // the form's period names the import (form:CODE PERIOD): one that is none is said, what was typed kept
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", badPeriod(period));
            fill(model, agreement, period, typed, Map.of());
            return "entry";
        }
        if (more != null) {
            typed.computeIfPresent(more, (file, rows) -> {
                List<List<String>> longer = new ArrayList<>(rows);
                for (int i = 0; i < BLANK_ROWS; i++) {
                    longer.add(blankRow(EntryForm.table(file), session));
                }
                return longer;
            });
            fill(model, agreement, session, typed, Map.of());
            return "entry";
        }
        EntryRows.Files files = EntryRows.of(code, typed);
        if (files.empty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "Chưa có dòng nào được nhập: hãy điền ít nhất một dòng rồi lưu.");
            fill(model, agreement, session, typed, Map.of());
            return "entry";
        }
        List<ImportProblem> outside = new EntryPeriod(session, daysOf(agreement, session)).outside(files, typed,
                java.time.LocalDate.now(clock));
        if (!outside.isEmpty()) {
            // nothing is saved, but the import's own problems are said at once with them, not after their mending
            ImportOutcome checked = importer.importFiles(files.csv(), "form:" + code + " " + session, true,
                    user.username(), user.province().orElse(null));
            List<ImportProblem> all = new ArrayList<>(outside);
            all.addAll(checked.problems());
            response.setStatus(422);
            long toCome = outside.stream().filter(p -> p.message().contains(" chưa đến (hôm nay là ")).count();
            List<String> said = new ArrayList<>();
            if (outside.size() > toCome) {
                said.add((outside.size() - toCome) + " dòng ghi ngày ngoài kỳ " + Period.wordsOf(session));
            }
            if (toCome > 0) {
                said.add(toCome + " dòng ghi ngày chưa đến");
            }
            if (!checked.problems().isEmpty()) {
                said.add(checked.problemCount() + " lỗi khác");
            }
            model.addAttribute("problem", "Chưa lưu: " + String.join(" và ", said)
                    + "; không có gì được ghi. Sửa các ô được đánh dấu rồi lưu lại.");
            fill(model, agreement, session, typed, EntryProblems.of(files, all));
            return "entry";
        }
        ImportOutcome outcome = importer.importFiles(files.csv(), "form:" + code + " " + session, dryRun,
                user.username(), user.province().orElse(null));
        audit.record("IMPORT", outcome.importId() == null ? "form" : "import/" + outcome.importId(),
                outcome.status() + " form " + code + " " + session + ", " + outcome.rows() + " rows, "
                        + outcome.problemCount() + " problems" + (dryRun ? " (dry run)" : ""));
        model.addAttribute("outcome", outcome);
        model.addAttribute("repeats", EntryRepeats.of(files, typed, outcome));
        if (outcome.status() == ImportStatus.IMPORTED) {
            fill(model, agreement, session, Map.of(), Map.of());
        } else {
            if (outcome.status() == ImportStatus.REJECTED) {
                response.setStatus(422);
            }
            fill(model, agreement, session, typed, EntryProblems.of(files, outcome.problems()));
        }
        return "entry";
    }

    private void fill(Model model, AgreementSummary agreement, String period, Map<String, List<List<String>>> typed,
            Map<String, EntryProblems> problems) {
        fill(model, agreement, period, typed, problems, storedOf(agreement, period));
    }

    /** @param held what is stored of the agreement for the period ({@link #storedOf}) */
    private void fill(Model model, AgreementSummary agreement, String period, Map<String, List<List<String>>> typed,
            Map<String, EntryProblems> problems, Map<String, StoredRows.Rows> held) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("period", period);
        boolean known = agreement.effectiveFrom() != null && period(period) != null;
        EntryPeriod form = known ? new EntryPeriod(period, daysOf(agreement, period)) : null;
        java.util.function.Function<Period, DateRange> lockedDays = p -> term.days(agreement.code(), p);
        List<PeriodLocks.Lock> locked = known ? locks.locked() : List.of();
        model.addAttribute("notices", known
                ? form.notices(agreement, locked, java.time.LocalDate.now(clock), lockedDays) : List.of());
        // a stored row of a locked period is not offered for correcting: saving it would be refused
        model.addAttribute("periodLocked", known && !form.lockedHere(agreement, locked, lockedDays).isEmpty());
        model.addAttribute("tables", EntryForm.TABLES);
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (EntryForm.Table table : EntryForm.TABLES) {
            List<List<String>> given = typed.getOrDefault(table.file(), List.of());
            List<List<String>> shown = new ArrayList<>(given);
            if (given.isEmpty()) {
                for (int i = 0; i < BLANK_ROWS; i++) {
                    shown.add(blankRow(table, period));
                }
            }
            rows.put(table.file(), shown);
        }
        model.addAttribute("rows", rows);
        // a table is shown open when it is the records', or holds a row typed (or a problem)
        model.addAttribute("open", EntryForm.TABLES.stream().filter(t -> t.file().equals("records.csv")
                || problems.containsKey(t.file())
                || rows.get(t.file()).stream().anyMatch(r -> !EntryRows.blank(t, r))).map(EntryForm.Table::file)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("problems", problems);
        EntryChoices choices = new EntryChoices(catalogue.indicators(""), catalogue.fields(""),
                catalogue.parties(agreement.code()));
        model.addAttribute("choices", choices);
        model.addAttribute("stored", new EntryStored(held, choices));
        // an office's import of several provinces holds some of these rows: a user of one province cannot open it
        model.addAttribute("unseenImports", history.unseenBy(user.province().orElse(null), held.values().stream()
                .flatMap(r -> r.rows().stream()).map(StoredRows.Row::importId).collect(java.util.stream.Collectors.toSet())));
    }

    /** What is stored of the agreement for the period; nothing for an agreement or a period that is none. */
    private Map<String, StoredRows.Rows> storedOf(AgreementSummary agreement, String period) {
        DateRange days = daysOf(agreement, period);
        return days == null ? Map.of() : stored.of(agreement.code(), period, days);
    }

    /** The period's days in the agreement's own calendar; null for an agreement or a period that is none. */
    private DateRange daysOf(AgreementSummary agreement, String period) {
        return agreement.effectiveFrom() == null || period(period) == null ? null
                : term.days(agreement.code(), Period.parse(period));
    }

    private static List<String> blankRow(EntryForm.Table table, String period) {
        return table.columns().stream().map(c -> c.input() == EntryForm.Input.PERIOD ? period : "").toList();
    }

    private static String badPeriod(String period) {
        return "Kỳ “" + period + "” không hợp lệ: ghi 2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q3 hoặc một khoảng ngày "
                + "như 2021-01-01..2021-06-30.";
    }

    /** The period as the files write it, or null when it is none. */
    private static String period(String text) {
        try {
            return Period.parse(text).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
