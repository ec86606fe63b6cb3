/**
 * Submissions and deadlines (Decree 09/2019): which party agencies of each agreement have sent a period's
 * data, whether on time (the cut-off plus working days, less Vietnam's public holidays), and the reminders
 * to those that have not.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "delivery", "messages"})
package vn.coordreport.submission;
