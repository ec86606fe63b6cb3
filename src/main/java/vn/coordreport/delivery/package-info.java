/**
 * Delivery of final reports by e-mail, with a ledger (version × recipient) that
 * makes a recipient never receive one version twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"archive", "catalog", "period", "database", "messages"})
package vn.coordreport.delivery;
