package vn.coordreport.security;

/** What a user may do: VIEWER reads and downloads, OPERATOR also imports, runs jobs and requests reports. */
public enum Role {
    ADMIN, OPERATOR, VIEWER;

    /** The authority Spring Security checks, e.g. {@code ROLE_OPERATOR}. */
    String authority() {
        return "ROLE_" + name();
    }
}
