package vn.coordreport.pipeline;

import java.util.Optional;

/**
 * The cluster as the jobs need to know it, answered by the scheduler: which
 * node this process is while it serves, and whether another node is alive.
 * With it a node tells an execution whose process is gone from one that a
 * live node is still running.
 */
public interface JobNodes {

    /** This process's node id (the scheduler's instance id) while it serves; empty for a command. */
    Optional<String> current();

    /** Whether that node has checked in with the cluster within its check-in interval (and Quartz's grace). */
    boolean alive(String node);
}
