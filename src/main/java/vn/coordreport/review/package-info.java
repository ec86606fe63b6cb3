/**
 * The aggregation: for one agreement and one period, set-based SQL turns the
 * coordination data into a {@link vn.coordreport.review.Review} (achievements,
 * indicator figures, limitations, tasks, commendations, conference, recipients).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "catalog", "messages"})
package vn.coordreport.review;
