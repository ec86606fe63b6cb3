package vn.coordreport.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * {@code coordreport.cluster.*}: how a serving node takes part in the cluster
 * of {@code serve} processes on one database.
 *
 * @param instanceId       this node's name in the cluster, distinct per node; {@code AUTO} makes one
 *                         of the host name and the start time
 * @param checkinInterval  how often the node tells the others it is alive; a node silent for this
 *                         long plus 7.5 s is taken for dead and its interrupted jobs are recovered
 */
@ConfigurationProperties("coordreport.cluster")
record ClusterProperties(@DefaultValue("AUTO") String instanceId, @DefaultValue("7500ms") Duration checkinInterval) {

    ClusterProperties {
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException(Messages.text("config.cluster.instanceId"));
        }
        if (checkinInterval.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.cluster.checkin-interval", "100ms",
                    checkinInterval.toString()));
        }
        instanceId = instanceId.strip();
    }
}
