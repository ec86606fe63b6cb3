package vn.coordreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The settings a deployment keeps in its home, as an office writes them: in Vietnamese, in UTF-8. */
class HomeSettingsTests {

    @TempDir
    Path home;

    private StandardEnvironment environment(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                Map.of("coordreport.home", home.toString(), "coordreport.time-zone", "Asia/Ho_Chi_Minh",
                        "coordreport.delivery.from", "coordreport@localhost")));
        return environment;
    }

    @Test
    void theFileIsReadAsUtf8AboveTheDefaultsAndBelowTheEnvironment() throws IOException {
        Files.writeString(home.resolve(HomeSettings.FILE), """
                # the office's sender, in Vietnamese
                coordreport.delivery.from=Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.gov.vn>
                coordreport.period-calendar=calendar
                """, StandardCharsets.UTF_8);
        StandardEnvironment environment = environment(Map.of("COORDREPORT_PERIOD_CALENDAR", "decree-09"));

        new HomeSettings().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("coordreport.delivery.from"))
                .isEqualTo("Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.gov.vn>");
        assertThat(environment.getProperty("coordreport.period-calendar")).isEqualTo("decree-09");
    }

    @Test
    void theLogKeepsAZoneItCanUseWhileTheSettingIsNone() {
        StandardEnvironment good = environment(Map.of());
        new HomeSettings().postProcessEnvironment(good, null);
        StandardEnvironment none = environment(Map.of("COORDREPORT_TIME_ZONE", "Asia/Hanoi"));
        new HomeSettings().postProcessEnvironment(none, null);

        assertThat(good.getProperty(HomeSettings.LOG_ZONE)).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(none.getProperty("coordreport.time-zone")).isEqualTo("Asia/Hanoi");
        assertThat(none.getProperty(HomeSettings.LOG_ZONE)).isEqualTo("UTC");
    }
}
