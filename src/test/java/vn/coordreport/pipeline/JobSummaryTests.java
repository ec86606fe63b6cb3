package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * A close made before issuing existed mailed its finals in a last step: when only that step failed (no SMTP
 * server), every final was made and archived, and the history says the mail alone is pending.
 */
class JobSummaryTests {

    @Test
    void aCloseThatFailedOnlyInItsMailStepIsDoneWithMailPending() {
        JobSummary summary = JobHistory.summary(close(BatchStatus.COMPLETED, BatchStatus.FAILED));
        assertThat(summary.status()).isEqualTo("FAILED");
        assertThat(summary.mailPending()).isTrue();
        assertThat(summary.restartable()).isTrue();
    }

    @Test
    void aCloseThatFailedRenderingIsNotMailPending() {
        assertThat(JobHistory.summary(close(BatchStatus.FAILED, null)).mailPending()).isFalse();
        assertThat(JobHistory.summary(close(BatchStatus.FAILED, BatchStatus.FAILED)).mailPending()).isFalse();
    }

    @Test
    void aSupersededExecutionIsNotOfferedARestart() {
        assertThat(JobHistory.summary(close(BatchStatus.FAILED, null)).asSuperseded().restartable()).isFalse();
    }

    @Test
    void aJobStoppedByTheDatabaseSaysSoInTheReadersWords() {
        // as the job repository fails when PostgreSQL stops: Spring's wrapper, the driver's error, the socket's
        Exception failure = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", new java.sql.SQLException(
                        "Connection to localhost:5432 refused.", "08001", new java.net.ConnectException("Connection refused")));

        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            assertThat(JobHistory.reason(failure)).isEqualTo("Không kết nối được máy chủ PostgreSQL: máy chủ chưa chạy, "
                    + "địa chỉ hoặc cổng ghi trong spring.datasource.url (SPRING_DATASOURCE_URL) không đúng, hoặc tường "
                    + "lửa chặn kết nối");
            // anything else keeps its innermost message
            assertThat(JobHistory.reason(new IllegalStateException("wrapped", new java.io.IOException("disk full"))))
                    .isEqualTo("disk full");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aJobOutOfMemoryOrDiskSaysSoAndWhatToDoInTheReadersWords() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
        try {
            // as Spring Batch stores a step's failure: the stack trace, the innermost cause last
            String memory = JobHistory.cause("org.springframework.batch.core.step.FatalStepExecutionException: "
                    + "unexpected\n\tat org.springframework.batch...\nCaused by: java.lang.OutOfMemoryError: "
                    + "Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)");
            assertThat(memory).isEqualTo("máy chủ hết bộ nhớ dành cho Java (Java heap space): hãy cho tiến trình "
                    + "coordreport nhiều bộ nhớ hơn (tùy chọn -Xmx của java) hoặc giảm số quy chế lập song song "
                    + "(coordreport.jobs.threads)");
            assertThat(JobHistory.reason(new IllegalStateException("cannot render",
                    new java.io.IOException("No space left on device")))).isEqualTo("ổ đĩa của máy chủ đã đầy: hãy "
                            + "giải phóng chỗ trống (thư mục tạm, COORDREPORT_HOME, thư mục dữ liệu của PostgreSQL)");
            // the same from a live failure and a stored one
            assertThat(JobHistory.reason(new RuntimeException(new OutOfMemoryError("Java heap space")))).isEqualTo(memory);
            // any other cause keeps its message, or its class's name when it has none
            assertThat(JobHistory.cause("java.lang.IllegalStateException: wrapped\nCaused by: "
                    + "java.lang.NullPointerException\n\tat vn.coordreport.render.X.y(X.java:1)"))
                    .isEqualTo("NullPointerException");
            assertThat(JobHistory.cause("java.lang.IllegalStateException: không có quy chế 'X'"))
                    .isEqualTo("không có quy chế 'X'");
            assertThat(JobHistory.cause("Partition handler returned an unsuccessful step. See the log."))
                    .isEqualTo("Partition handler returned an unsuccessful step. See the log.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    private static JobExecution close(BatchStatus render, BatchStatus mail) {
        JobExecution job = new JobExecution(7, new JobInstance(3, JobNames.PERIOD_CLOSE), new JobParameters());
        job.setStatus(BatchStatus.FAILED);
        job.setExitStatus(ExitStatus.FAILED);
        StepExecution finals = new StepExecution(1, JobNames.RENDER_FINALS_STEP, job);
        finals.setStatus(render);
        job.addStepExecution(finals);
        if (mail != null) {
            StepExecution mailing = new StepExecution(2, JobNames.MAIL_STEP, job);
            mailing.setStatus(mail);
            mailing.setExitStatus(ExitStatus.FAILED.addExitDescription("Caused by: jakarta.mail.MessagingException: "
                    + "Couldn't connect to host, port: localhost, 25"));
            job.addStepExecution(mailing);
        }
        return job;
    }
}
