package vn.coordreport.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.files.WholeFiles;
import vn.coordreport.issuing.IssuingBody;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.RegisterEntry;
import vn.coordreport.issuing.RegisterExports;
import vn.coordreport.messages.Messages;

@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"The register of outgoing documents (sổ đăng ký văn bản đi, Decree 30/2020, Appendix IV) of a "
                + "year, of one issuing body or of all: Số, ký hiệu văn bản; Ngày tháng văn bản; Tên loại và trích "
                + "yếu nội dung; Người ký; Nơi nhận văn bản; Đơn vị, người nhận bản lưu; Số lượng bản; Ngày chuyển; "
                + "Ký nhận; Ghi chú. Printed, or written to --out as .xlsx, .csv or .pdf."})
class RegisterCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The register's year.")
    int year;

    @Option(names = "--agency", paramLabel = "CODE", description = "Only this issuing body, e.g. SNGV-QT.")
    String agency;

    @Option(names = "--out", paramLabel = "FILE", description = "Write it to FILE.xlsx, FILE.csv or FILE.pdf.")
    Path out;

    RegisterCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    /** A register written as a PDF is laid out by the report engine; printed, or as a workbook or CSV, it is not. */
    @Override
    public boolean needsReportEngine() {
        return out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public Integer call() {
        // a year of four digits, as the register's page asks: 'register --year 0' said "no document in year 0"
        Issuing.registerYear("--year", year);
        issuing.requireAgency(agency);
        List<RegisterEntry> entries = issuing.register(year, agency, null);
        List<IssuingBody> bodies = issuing.registerBodies(year, agency, null);
        PrintWriter print = spec.commandLine().getOut();
        if (out != null) {
            byte[] file = issuing.registerFile(out.getFileName().toString(), entries, bodies, year);
            Path parent = out.toAbsolutePath().getParent();
            Path written;
            try {
                written = WholeFiles.write(parent, out.getFileName().toString(), file);
            } catch (UncheckedIOException e) {
                // a folder that cannot be made or written in: the option is wrong, and nothing was written
                throw new IllegalArgumentException(Messages.text("output.cannotWrite", out.toString(),
                        Messages.reason(e.getCause())), e);
            }
            print.println(Messages.text("register.written", written.toString(), entries.size()));
            return ExitCode.OK;
        }
        if (entries.isEmpty()) {
            print.println(agency == null ? Messages.text("register.none", String.valueOf(year))
                    : Messages.text("register.noneBy", String.valueOf(year), agency));
            return ExitCode.OK;
        }
        // Ghi chú last: how it was issued, what replaced it or what it replaces (Appendix IV's last column)
        Table table = Table.of("register.head.body", "register.head.number", "register.head.date", "register.head.title",
                "register.head.signer", "register.head.copies", "register.head.recipients", "register.head.notes")
                .right(5);
        for (RegisterEntry e : entries) {
            table.row(e.agencyCode(), e.numberSymbol(), RegisterExports.cells(e).get(1),
                    e.title().length() > 60 ? e.title().substring(0, 57) + "..." : e.title(), e.signerName(), e.copies(),
                    e.recipients(), e.notes());
        }
        table.print(print);
        return ExitCode.OK;
    }
}
