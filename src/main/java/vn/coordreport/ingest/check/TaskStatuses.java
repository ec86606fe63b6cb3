package vn.coordreport.ingest.check;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * A key task given a day it was done on but not the status DONE (left blank, so PLANNED, or IN_PROGRESS): the
 * report says of it what its status says, "chưa thực hiện", and not the day, which is nearly always a status the
 * clerk forgot to change. Not an error (the import format takes any status with any day): the import is taken, and
 * says so at the first such task of the file, with how many more.
 */
public final class TaskStatuses {

    /** The tasks the import writes that have a day done on and another status than DONE. */
    private static final String UNDONE = """
            select line, done_on, status, count(*) over () as n
            from stg_tasks where not present and done_on is not null and status <> 'DONE'
            order by line limit 1
            """;

    private final boolean dryRun;

    public TaskStatuses(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        if (!files.contains(FileSpec.TASKS)) {
            return;
        }
        jdbc.sql(UNDONE).query((rs, i) -> notice(name.apply(FileSpec.TASKS), rs.getLong("line"),
                rs.getObject("done_on", LocalDate.class), rs.getString("status"), rs.getLong("n"))).optional()
                .ifPresent(notices::add);
    }

    private ImportProblem notice(String file, long line, LocalDate doneOn, String status, long count) {
        String day = DAY.format(doneOn);
        String words = Messages.text("import.notice.taskStatus." + status);
        String said = count == 1 ? Messages.text("import.notice.doneNotDone", day, status, words)
                : Messages.text("import.notice.doneNotDoneMore", day, status, words, count - 1);
        return new ImportProblem(file, line, "status",
                said + " " + Messages.text(dryRun ? "import.notice.doneNotDoneFixDry" : "import.notice.doneNotDoneFix"));
    }
}
