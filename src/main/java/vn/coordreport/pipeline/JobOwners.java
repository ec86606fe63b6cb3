package vn.coordreport.pipeline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/**
 * Who runs each job execution: recorded in {@code job_execution_node} as a job
 * starts (this process's token and, on a serving node, its node id) and kept in
 * memory while it runs here. An execution still marked running is orphaned
 * when the process that ran it is gone: this very process that no longer runs
 * it (it stopped when the database went away), an earlier process of this node
 * (restarted with the same instance id), or a node that no longer checks in.
 * A command's run is never judged so: its process may be alive elsewhere.
 */
@Component
class JobOwners implements JobExecutionListener {

    /** This process: host, pid and a random part, so that a restarted process is another one. */
    static final String PROCESS = host() + ":" + ProcessHandle.current().pid() + ":"
            + UUID.randomUUID().toString().substring(0, 8);

    record Owner(String node, String process) {

        @Override
        public String toString() {
            return node != null ? "node " + node + " (process " + process + ")" : "command process " + process;
        }

        /** As a user reads it: {@code máy chủ node-1 (tiến trình …)}, {@code tiến trình lệnh …}. */
        String inWords() {
            return node != null ? Messages.text("job.owner.node", node, process) : Messages.text("job.owner.command", process);
        }
    }

    private final JdbcClient jdbc;
    private final JobNodes nodes;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Long> started = new ThreadLocal<>();

    JobOwners(JdbcClient jdbc, JobNodes nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        running.add(execution.getId());
        started.set(execution.getId());
        jdbc.sql("insert into job_execution_node (job_execution_id, node, process) values (:id, :node, :process)")
                .param("id", execution.getId()).param("node", nodes.current().orElse(null), java.sql.Types.VARCHAR)
                .param("process", PROCESS).update();
    }

    @Override
    public void afterJob(JobExecution execution) {
        running.remove(execution.getId());
    }

    /**
     * The execution this thread started last, forgotten now that its run has
     * returned or thrown (a job whose end cannot be written skips
     * {@link #afterJob}); null when it started none.
     */
    Long ended() {
        Long id = started.get();
        started.remove();
        if (id != null) {
            running.remove(id);
        }
        return id;
    }

    Optional<Owner> owner(long executionId) {
        return jdbc.sql("select node, process from job_execution_node where job_execution_id = :id")
                .param("id", executionId).query(Owner.class).optional();
    }

    /** Whether an execution marked running has lost the process that ran it (see the class comment). */
    boolean orphaned(JobExecution execution) {
        if (!execution.isRunning()) {
            return false;
        }
        Optional<Owner> owner = owner(execution.getId());
        if (owner.isEmpty()) {
            return false;
        }
        Owner o = owner.get();
        if (o.process().equals(PROCESS)) {
            return !running.contains(execution.getId());
        }
        if (o.node() == null) {
            return false;
        }
        return nodes.current().filter(o.node()::equals).isPresent() || !nodes.alive(o.node());
    }

    /**
     * The owner of an execution marked running when it is known to run still: this process running it, a node that
     * checks in, or a command's process alive on this host (its token holds host and pid). Empty when gone or not
     * known: a command's process on another host cannot be seen from here.
     */
    Optional<Owner> stillRunning(JobExecution execution) {
        if (!execution.isRunning()) {
            return Optional.empty();
        }
        return owner(execution.getId()).filter(o -> {
            if (o.process().equals(PROCESS)) {
                return running.contains(execution.getId());
            }
            if (o.node() != null) {
                return nodes.current().filter(o.node()::equals).isEmpty() && nodes.alive(o.node());
            }
            String[] token = o.process().split(":");
            return token.length == 3 && token[0].equals(host()) && token[1].matches("\\d+")
                    && ProcessHandle.of(Long.parseLong(token[1])).map(ProcessHandle::isAlive).orElse(false);
        });
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
