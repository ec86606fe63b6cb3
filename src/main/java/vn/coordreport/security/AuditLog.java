package vn.coordreport.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what, when and from where. Actions: {@code DOWNLOAD},
 * {@code IMPORT}, {@code JOB_START}, {@code JOB_RESTART}, {@code REPORT_REQUEST},
 * {@code LOGIN}, and the issuing steps ({@code APPROVE}, {@code REJECT}, {@code SIGN},
 * {@code ISSUE}, {@code KEY_ADD}). The user and the remote address come from the current request.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String target, String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        record(authentication == null ? null : authentication.getName(), action, target, detail);
    }

    /** An entry for a user who is not the one signed in here, e.g. a step done on their behalf by a command. */
    public void record(String username, String action, String target, String detail) {
        jdbc.sql("""
                insert into audit_log (username, action, target, detail, remote_address)
                values (:username, :action, :target, :detail, :remote)
                """).param("username", clip(username), java.sql.Types.VARCHAR).param("action", action)
                .param("target", clip(target), java.sql.Types.VARCHAR).param("detail", clip(detail), java.sql.Types.VARCHAR)
                .param("remote", remoteAddress(), java.sql.Types.VARCHAR).update();
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select id, at, username, action, target, detail, remote_address from audit_log order by id desc limit :limit")
                .param("limit", limit).query(AuditEntry.class).list();
    }

    /** The entries about any of these targets (e.g. {@code report/12}, {@code final/12}), oldest first. */
    public List<AuditEntry> about(List<String> targets, int limit) {
        return jdbc.sql("""
                select id, at, username, action, target, detail, remote_address from audit_log
                where target in (:targets) order by id limit :limit
                """).param("targets", targets).param("limit", limit).query(AuditEntry.class).list();
    }

    private static String remoteAddress() {
        if (CARRIED.get() != null) {
            return CARRIED.get();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : null;
    }

    /** The address of the request a task of another thread works for ({@link #carrying}). */
    private static final ThreadLocal<String> CARRIED = new ThreadLocal<>();

    /**
     * A task run on another thread for the request of this one (a batch of signatures on a pool), whose entries name
     * the request's address as the request's own do: an API's signatures were audited without it.
     */
    public static Runnable carrying(Runnable task) {
        String address = remoteAddress();
        return () -> {
            CARRIED.set(address);
            try {
                task.run();
            } finally {
                CARRIED.remove();
            }
        };
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
