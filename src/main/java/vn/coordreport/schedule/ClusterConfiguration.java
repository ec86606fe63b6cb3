package vn.coordreport.schedule;

import java.util.Properties;

import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the clustered Quartz scheduler of {@code application.properties} this
 * node's instance id and check-in interval from {@link ClusterProperties}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer clusterNode(QuartzProperties quartz, ClusterProperties cluster) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.setProperty("org.quartz.scheduler.instanceId", cluster.instanceId());
            properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                    Long.toString(cluster.checkinInterval().toMillis()));
            factory.setQuartzProperties(properties);
        };
    }
}
