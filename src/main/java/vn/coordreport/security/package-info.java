/**
 * Users and roles (ADMIN, OPERATOR, VIEWER; REVIEWER, SIGNER, CLERK for issuing), optionally limited to one province;
 * API tokens; the audit log; and the filter chains that guard the HTTP API, the
 * actuator and the staff pages. Façades: {@link vn.coordreport.security.CurrentUser},
 * {@link vn.coordreport.security.AuditLog}, {@link vn.coordreport.security.UserAccounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "database"})
package vn.coordreport.security;
