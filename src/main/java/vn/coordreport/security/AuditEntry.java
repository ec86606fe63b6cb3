package vn.coordreport.security;

import java.time.OffsetDateTime;

/** One row of the audit log. */
public record AuditEntry(long id, OffsetDateTime at, String username, String action, String target, String detail,
        String remoteAddress) {
}
