/**
 * Reporting periods ({@code 2019-H1}, {@code 2020-9M}, {@code 2021-Q3},
 * {@code 2021}, {@code 2016-06-25..2023-10-25}) and the two calendars that turn
 * them into dates. Pure Java; what a user reads of a period that cannot be
 * read comes from the message bundles.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages"})
package vn.coordreport.period;
