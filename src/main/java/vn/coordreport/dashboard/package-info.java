/**
 * The leadership dashboard's figures: for one province (and optionally one
 * agreement and one field) and a named period, the indicators over the last
 * five comparable periods, against target and the same period a year earlier
 * (only where the regulation covered it, as the report says it), open
 * limitations and tasks by age, party agencies that sent nothing in the
 * period, and the latest issued reports. Set-based SQL over the indexes the
 * reviews use, so that each figure equals the report's figure for the same data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "render", "messages"})
package vn.coordreport.dashboard;
