package vn.coordreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The schedules' cron expressions as the jobs page says them. */
class CronWordingTests {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theSchedulesOfTheDefaultConfigurationInVietnamese() {
        assertThat(CronWording.of("0 0 2 20 6 ?")).isEqualTo("02:00 ngày 20 hằng tháng 6");
        assertThat(CronWording.of("0 0 3 20 12 ?")).isEqualTo("03:00 ngày 20 hằng tháng 12");
        assertThat(CronWording.of("0 30 1 * * ?")).isEqualTo("01:30 hằng ngày");
        assertThat(CronWording.of("0 */10 * * * ?")).isEqualTo("10 phút một lần");
        assertThat(CronWording.of("0 15 7 5 * ?")).isEqualTo("07:15 ngày 5 hằng tháng");
        assertThat(CronWording.of("")).isEqualTo("tắt");
    }

    @Test
    void anExpressionOfAnotherShapeIsGivenAsWritten() {
        assertThat(CronWording.of("0 0 8 ? * MON-FRI")).isEqualTo("theo biểu thức cron 0 0 8 ? * MON-FRI");
    }

    @Test
    void inEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(CronWording.of("0 0 2 20 6 ?")).isEqualTo("02:00 on 20/6 every year");
        assertThat(CronWording.of("0 30 1 * * ?")).isEqualTo("01:30 every day");
    }
}
