package vn.coordreport.pipeline;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" on reports is a day in the deployment's time zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${coordreport.time-zone}") ZoneId zone) {
        return Clock.system(zone);
    }
}
