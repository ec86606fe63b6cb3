package vn.coordreport.cli;

/**
 * A command that needs neither the database nor any service: {@link Cli} runs
 * it at once, without starting the application.
 */
public interface WithoutApplication {
}
