package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;

/** The jobs page in the office's words: schedules, jobs, states and parameters in Vietnamese. */
class JobWordingTests {

    final JobWording words = new JobWording();

    @Test
    void schedulesAreSaidInVietnamese() {
        assertThat(CronWording.say("0 30 1 * * ?")).isEqualTo("01:30 hằng ngày");
        assertThat(CronWording.say("0 0 2 20 6 ?")).isEqualTo("02:00 ngày 20 tháng 6 hằng năm");
        assertThat(CronWording.say("0 0 2 20 1,7 ?")).isEqualTo("02:00 ngày 20 tháng 1, tháng 7 hằng năm");
        assertThat(CronWording.say("0 0 2 5 * ?")).isEqualTo("02:00 ngày 5 hằng tháng");
        assertThat(CronWording.say("0 */10 * * * ?")).isEqualTo("Mỗi 10 phút");
        assertThat(CronWording.say("0 0 7 ? * MON-FRI")).isEqualTo("07:00 từ thứ Hai đến thứ Sáu hằng tuần");
        assertThat(CronWording.say("")).isEqualTo("Tắt");
        assertThat(CronWording.say("0 0 2 L * ?")).isEqualTo("Theo biểu thức cron 0 0 2 L * ?");
    }

    @Test
    void jobsAndStatesAreTranslated() {
        assertThat(words.job(JobNames.NIGHTLY)).isEqualTo("Lập bản dự thảo hằng đêm");
        assertThat(words.job(JobNames.PERIOD_CLOSE)).isEqualTo("Chốt kỳ: lập bản chính thức");
        assertThat(words.state(execution("COMPLETED", null, false))).isEqualTo("Hoàn tất");
        assertThat(words.state(execution("FAILED", "boom", false))).isEqualTo("Lỗi");
        assertThat(words.parameters("asOf=2021-06-01, run=20210601T013000"))
                .isEqualTo("Tính đến ngày 01/06/2021");
        assertThat(words.parameters("calendar=own, period=2021-H1, run=x"))
                .isEqualTo("Lịch riêng của từng quy chế, kỳ 6 tháng đầu năm 2021");
    }

    @Test
    void jobsSchedulesAndStatesAreSaidInEnglishForAnEnglishReader() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(words.job(JobNames.NIGHTLY)).isEqualTo("Nightly drafts");
            assertThat(words.job(JobNames.PERIOD_CLOSE)).isEqualTo("Period close: the finals");
            assertThat(words.trigger("close-h1")).isEqualTo("Close of the first half-year");
            assertThat(words.state(execution("FAILED", "boom", false))).isEqualTo("Failed");
            assertThat(words.state(execution("FAILED", "boom", true))).isEqualTo("Completed, mail pending");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(words.trigger("close-h1")).isEqualTo("Chốt 6 tháng đầu năm");
        assertThat(words.job("someOtherJob")).isEqualTo("someOtherJob");
    }

    @Test
    void aCloseThatOnlyFailedToMailIsDoneWithMailPending() {
        JobSummary mailOnly = execution("FAILED", "Couldn't connect to host, port: localhost, 25", true);
        assertThat(words.state(mailOnly)).isEqualTo("Hoàn tất, thư chờ gửi");
        assertThat(words.tone(mailOnly)).isEqualTo("warn");
        assertThat(words.failure(mailOnly)).contains("chỉ thư chưa gửi được").doesNotContain("connect");
    }

    private static JobSummary execution(String status, String failure, boolean mailPending) {
        return new JobSummary(1, JobNames.PERIOD_CLOSE, "period=2021", status, status, null, null, 2, 2, 0, 0, failure,
                mailPending, false);
    }
}
