package vn.coordreport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.ingest.Templates;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Ghi mẫu Excel nhập số liệu của một quy chế phối hợp: các trang của định dạng nhập, tên cột "
                + "tiếng Việt, danh sách chọn mã, trang hướng dẫn; với --period, kèm các dòng đã lưu của kỳ.",
                "Mẫu đã điền được nhập bằng 'coordreport import FILE.xlsx' như mọi tệp Excel."})
class TemplateCommand implements Callable<Integer>, DatabaseOnly {

    private final Templates templates;
    private final AgreementCatalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", required = true, paramLabel = "CODE", description = "Số, ký hiệu của quy chế.")
    String agreement;

    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Kỳ báo cáo (2019-H1, 2021-Q3, 2021 ...): các dòng đã lưu của kỳ có sẵn trong mẫu.")
    Period period;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp mẫu sẽ ghi.")
    Path out;

    TemplateCommand(Templates templates, AgreementCatalog catalog) {
        this.templates = templates;
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            // an Excel workbook written under another name (t.doc, t.xls) opens in nothing, or as the wrong thing
            spec.commandLine().getErr().println(Messages.text("template.cannotWrite",
                    Messages.text("template.notXlsx", out.toString())));
            return ExitCode.BAD_INPUT;
        }
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        OutputStream opened;
        try {
            Files.createDirectories(target.getParent());
            opened = Files.newOutputStream(partial);
        } catch (IOException e) {
            // a folder that cannot be made or written in: the option is wrong, and nothing was done
            spec.commandLine().getErr().println(Messages.text("template.cannotWrite",
                    "--out " + out + ": " + Messages.fileFailure(e)));
            return ExitCode.BAD_INPUT;
        }
        try (OutputStream stream = opened) {
            templates.write(agreement, period, stream);
        } catch (IllegalArgumentException e) {
            Files.deleteIfExists(partial);
            spec.commandLine().getErr().println(Messages.text("template.cannotWrite", e.getMessage()));
            if (e instanceof UnknownAgreement unknown) {
                AgreementHint.print(catalog, unknown.code(), spec.commandLine().getErr());
            }
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            Files.deleteIfExists(partial); // the disk filled up, say: no half-written template is left behind
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println(Messages.text("template.written", agreement,
                period == null ? "" : Messages.text("template.ofPeriod", period.toString()), target.toString()));
        return ExitCode.OK;
    }
}
